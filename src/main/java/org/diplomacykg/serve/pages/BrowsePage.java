package org.diplomacykg.serve.pages;

import java.util.List;

import org.apache.jena.graph.Node;

/**
 * A list of every resource of one {@link Category}, sorted by label; events are shown as a
 * timeline by date, each with its type.
 *
 * <pre>{@code
 * String html = new BrowsePage(view, values).render(Category.EVENTS);
 * }</pre>
 */
public final class BrowsePage {
    private final KgView view;
    private final ValueRenderer values;

    public BrowsePage(KgView view, ValueRenderer values) {
        this.view = view;
        this.values = values;
    }

    public String render(Category category) {
        List<Node> members = category.members(view);
        Html h = new Html();
        h.el("h1", category == Category.EVENTS ? "Events timeline" : category.title());
        h.el("p", "muted", members.size() + (members.size() == 1 ? " resource" : " resources"));
        if (category == Category.EVENTS) {
            h.open("ol", "timeline");
            for (Node e : members) {
                h.open("li");
                String date = view.dateOf(e);
                h.el("span", "date", date.isEmpty() ? "undated" : date);
                values.write(h, e);
                List<Node> types = view.types(e);
                if (!types.isEmpty())
                    h.text(" ").el("span", "muted", "(" + view.labels().of(types.get(0)) + ")");
                h.close("li");
            }
            h.close("ol");
        } else {
            h.open("ul", "list");
            for (Node n : members) {
                h.open("li");
                values.write(h, n);
                String date = view.dateOf(n);
                if (!date.isEmpty())
                    h.text(" ").el("span", "date", date);
                h.close("li");
            }
            h.close("ul");
        }
        return PageLayout.page(category.title(), values.links(), h.toString());
    }
}
