package org.diplomacykg.serve.pages;

import org.diplomacykg.serve.Links;

/**
 * The frame every page shares: head with inline CSS (no CDN: the network may be closed),
 * a navigation bar, the content and a footer. Readable on a phone (fluid width, large targets).
 *
 * <pre>{@code
 * String html = PageLayout.page("Tô Lâm", links, bodyMarkup);
 * }</pre>
 */
public final class PageLayout {
    static final String CSS = """
            :root{--fg:#1d2330;--muted:#5b6472;--line:#e3e6ea;--bg:#fff;--soft:#f5f7f9;--accent:#1f5fa8;--mark:#fff1b8}
            *{box-sizing:border-box}
            body{margin:0;font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;color:var(--fg);background:var(--bg)}
            a{color:var(--accent);text-decoration:none}a:hover{text-decoration:underline}
            header.top{background:#17324d;color:#fff}
            header.top nav{max-width:60rem;margin:0 auto;padding:.6rem 1rem;display:flex;flex-wrap:wrap;gap:.3rem 1rem;align-items:center}
            header.top a{color:#fff}header.top a.brand{font-weight:700;margin-right:auto}
            main{max-width:60rem;margin:0 auto;padding:1rem 1rem 3rem}
            h1{font-size:1.7rem;line-height:1.25;margin:.8rem 0 .2rem}
            h2{font-size:1.15rem;margin:2rem 0 .6rem;padding-bottom:.25rem;border-bottom:1px solid var(--line)}
            .types{margin:0 0 .4rem}.type{display:inline-block;background:var(--soft);border:1px solid var(--line);border-radius:999px;padding:.05rem .65rem;margin:0 .3rem .3rem 0;font-size:.85rem}
            .iri{color:var(--muted);font-size:.85rem;word-break:break-all}
            table.props{border-collapse:collapse;width:100%}
            table.props th,table.props td{text-align:left;vertical-align:top;padding:.45rem .5rem;border-bottom:1px solid var(--line)}
            table.props th{width:32%;font-weight:600;color:var(--muted)}
            ul.values{list-style:none;margin:0;padding:0}
            .lit{white-space:pre-wrap}.dt{color:var(--muted);font-size:.8rem;margin-left:.3rem}
            blockquote.evidence{margin:.6rem 0;padding:.6rem .9rem;background:var(--soft);border-left:4px solid #d4a017;border-radius:4px}
            blockquote.evidence footer{font-size:.85rem;color:var(--muted);margin-top:.3rem}
            .article-text{white-space:pre-wrap;background:var(--soft);padding:1rem;border-radius:6px;line-height:1.7}
            mark{background:var(--mark);padding:0 .1rem;border-radius:2px}mark a{color:inherit}
            mark mark{background:#ffd97a;padding:0}mark mark mark{background:#f5c04a}
            .swatch{display:inline-block;width:.75rem;height:.75rem;border-radius:50%;margin-right:.4rem}label.check{margin-right:.9rem;white-space:nowrap}
            form.view-filter select{font:inherit;padding:.3rem;max-width:16rem}form.view-filter input[type=checkbox]{width:auto;min-width:0}form.view-filter fieldset{border:1px solid var(--line);border-radius:6px}
            svg a:hover text{text-decoration:underline}tr.self td{font-weight:600}p.chain{font-size:1.05rem}
            .cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(12rem,1fr));gap:.8rem;padding:0;list-style:none}
            .cards li{border:1px solid var(--line);border-radius:8px;padding:.8rem;background:var(--soft)}
            .cards .n{font-size:1.5rem;font-weight:700;display:block}
            ul.list{padding-left:1.2rem}ul.list li{margin:.25rem 0}
            ol.timeline{list-style:none;padding:0;border-left:3px solid var(--line);margin-left:.4rem}
            ol.timeline li{padding:.2rem 0 .6rem 1rem;position:relative}
            ol.timeline li:before{content:"";position:absolute;left:-.5rem;top:.6rem;width:.7rem;height:.7rem;border-radius:50%;background:var(--accent)}
            .date{color:var(--muted);font-variant-numeric:tabular-nums;margin-right:.5rem}
            pre.query{background:var(--soft);padding:.8rem;overflow-x:auto;border-radius:6px;font-size:.85rem}
            .muted{color:var(--muted)}.formats a{margin-right:.6rem}
            .error{color:#a3201b;font-weight:600}
            table.params th,table.results th{width:auto}
            form.params input{width:100%;min-width:10rem;padding:.4rem .5rem;font:inherit;border:1px solid var(--line);border-radius:4px}
            form.params button{font:inherit;padding:.4rem 1.2rem;border:0;border-radius:4px;background:var(--accent);color:#fff;cursor:pointer}
            dl.term dt{font-weight:600;color:var(--muted)}dl.term dd{margin:0 0 .4rem 0}
            section.term{border:1px solid var(--line);border-radius:8px;padding:.2rem 1rem .6rem;margin:.8rem 0}
            section.term h3{margin:.6rem 0 .2rem}
            footer.bottom{max-width:60rem;margin:0 auto;padding:1rem;color:var(--muted);font-size:.85rem;border-top:1px solid var(--line)}
            @media (max-width:40rem){table.props th{width:auto;display:block;border-bottom:none;padding-bottom:0}table.props td{display:block}h1{font-size:1.4rem}
            table.params thead{display:none}table.params td{border-bottom:none;padding:.15rem .5rem}table.params td:first-child{font-weight:600;padding-top:.8rem;border-top:1px solid var(--line)}
            table.params td[data-label]:empty{display:none}table.params td[data-label]:before{content:attr(data-label) ": ";color:var(--muted)}}
            """;

    private PageLayout() {}

    /** A complete page: {@code bodyMarkup} is already-escaped HTML. */
    public static String page(String title, Links links, String bodyMarkup) {
        Html h = new Html();
        h.raw("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
         .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
         .open("title").text(title).text(" · Diplomacy KG").close("title")
         .raw("<style>").raw(CSS).raw("</style></head><body>")
         .raw("<header class=\"top\"><nav>")
         .aClass("brand", links.local(""), "Diplomacy KG")
         .a(links.local("browse/people"), "People")
         .a(links.local("browse/organisations"), "Organisations")
         .a(links.local("browse/events"), "Events")
         .a(links.local("browse/commitments"), "Commitments")
         .a(links.local("browse/projects"), "Projects")
         .a(links.local("timeline"), "Timeline")
         .a(links.local("network"), "Network")
         .a(links.local("ontology"), "Ontology")
         .a(links.local("ui/#/dataset/kg/query"), "SPARQL")
         .a(links.local("api/"), "API")
         .raw("</nav></header><main>")
         .raw(bodyMarkup)
         .raw("</main><footer class=\"bottom\">Diplomacy knowledge graph · data from news articles · ")
         .a(links.local(".well-known/void"), "dataset description").text(" · ")
         .a(links.local("dump/diplomacy-kg.nq.gz"), "download (N-Quads)")
         .raw("</footer></body></html>");
        return h.toString();
    }
}
