package org.diplomacykg.serve.pages;

/**
 * A small HTML writer: appends markup and escapes text. Nothing here knows about RDF.
 *
 * <pre>{@code
 * Html h = new Html();
 * h.open("p").text("Tô Lâm & Laos").close("p");   // <p>Tô Lâm &amp; Laos</p>
 * }</pre>
 */
public final class Html {
    private final StringBuilder sb = new StringBuilder(4096);

    /** Escapes text for element content and attribute values. */
    public static String esc(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Markup written as is: only for constant strings. */
    public Html raw(String markup) {
        sb.append(markup);
        return this;
    }

    /** Escaped text. */
    public Html text(String s) {
        sb.append(esc(s));
        return this;
    }

    public Html open(String tag) {
        sb.append('<').append(tag).append('>');
        return this;
    }

    /** An opening tag with a class attribute. */
    public Html open(String tag, String cssClass) {
        sb.append('<').append(tag).append(" class=\"").append(esc(cssClass)).append("\">");
        return this;
    }

    public Html close(String tag) {
        sb.append("</").append(tag).append('>');
        return this;
    }

    /** {@code <tag>text</tag>} with the text escaped. */
    public Html el(String tag, String text) {
        return open(tag).text(text).close(tag);
    }

    /** {@code <tag class="c">text</tag>}. */
    public Html el(String tag, String cssClass, String text) {
        return open(tag, cssClass).text(text).close(tag);
    }

    /** A link. */
    public Html a(String href, String text) {
        sb.append("<a href=\"").append(esc(href)).append("\">").append(esc(text)).append("</a>");
        return this;
    }

    /** A link with a CSS class. */
    public Html aClass(String cssClass, String href, String text) {
        sb.append("<a class=\"").append(esc(cssClass)).append("\" href=\"").append(esc(href)).append("\">")
          .append(esc(text)).append("</a>");
        return this;
    }

    /** A link with a tooltip. */
    public Html a(String href, String text, String title) {
        sb.append("<a href=\"").append(esc(href)).append("\" title=\"").append(esc(title)).append("\">")
          .append(esc(text)).append("</a>");
        return this;
    }

    /** An element with an id, e.g. a section others link to. */
    public Html openWithId(String tag, String id, String cssClass) {
        sb.append('<').append(tag).append(" id=\"").append(esc(id)).append('"');
        if (cssClass != null)
            sb.append(" class=\"").append(esc(cssClass)).append('"');
        sb.append('>');
        return this;
    }

    @Override
    public String toString() {
        return sb.toString();
    }
}
