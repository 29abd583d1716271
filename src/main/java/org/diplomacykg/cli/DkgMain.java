package org.diplomacykg.cli;
public class DkgMain { public static void main(String[] a) { System.out.println("hi"); } }
