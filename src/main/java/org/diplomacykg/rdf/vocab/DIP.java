package org.diplomacykg.rdf.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** Terms of the diplomacy ontology, {@code https://w3id.org/diplomacy-kg/ontology#}. */
public final class DIP {
    public static final String NS = "https://w3id.org/diplomacy-kg/ontology#";

    private DIP() {
    }

    private static Resource resource(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property property(String local) {
        return ResourceFactory.createProperty(NS + local);
    }

    /** A term of this namespace by local name, for enum-backed concepts (event types, areas). */
    public static Resource term(String localName) {
        return resource(localName);
    }

    // Classes
    public static final Resource Article = resource("Article");
    public static final Resource Actor = resource("Actor");
    public static final Resource Person = resource("Person");
    public static final Resource Organization = resource("Organization");
    public static final Resource Country = resource("Country");
    public static final Resource Place = resource("Place");
    public static final Resource Role = resource("Role");
    public static final Resource RoleAssignment = resource("RoleAssignment");
    public static final Resource Event = resource("Event");
    public static final Resource Commitment = resource("Commitment");
    public static final Resource Target = resource("Target");
    public static final Resource Project = resource("Project");
    public static final Resource Evidence = resource("Evidence");
    public static final Resource Award = resource("Award");

    // Properties
    public static final Property sourceFile = property("sourceFile");
    public static final Property contentHash = property("contentHash");
    public static final Property headline = property("headline");
    public static final Property dateline = property("dateline");
    public static final Property mentions = property("mentions");
    public static final Property holder = property("holder");
    public static final Property role = property("role");
    public static final Property roleIn = property("roleIn");
    public static final Property participant = property("participant");
    public static final Property host = property("host");
    public static final Property guest = property("guest");
    public static final Property date = property("date");
    public static final Property startDate = property("startDate");
    public static final Property endDate = property("endDate");
    public static final Property place = property("place");
    public static final Property partOf = property("partOf");
    public static final Property planned = property("planned");
    public static final Property documentCount = property("documentCount");
    public static final Property award = property("award");
    public static final Property committedBy = property("committedBy");
    public static final Property area = property("area");
    public static final Property modality = property("modality");
    public static final Property target = property("target");
    public static final Property amount = property("amount");
    public static final Property currency = property("currency");
    public static final Property metric = property("metric");
    public static final Property deadline = property("deadline");
    public static final Property concerns = property("concerns");
    public static final Property madeAt = property("madeAt");
    public static final Property projectType = property("projectType");
    public static final Property location = property("location");
    public static final Property status = property("status");
    public static final Property country = property("country");
    public static final Property evidence = property("evidence");
    public static final Property quote = property("quote");
    public static final Property beginIndex = property("beginIndex");
    public static final Property endIndex = property("endIndex");
    public static final Property sentenceIndex = property("sentenceIndex");
    public static final Property inArticle = property("inArticle");
}
