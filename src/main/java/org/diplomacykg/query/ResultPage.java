package org.diplomacykg.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.sparql.syntax.ElementWalker;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;

/**
 * One page of a listing: at most {@code limit} rows from row {@code offset} (0 = the first).
 *
 * <p>A saved query has a page when its text has a {@code LIMIT}: the query's own, or that of the
 * sub-query that chooses the things listed (the page is chosen first, and every other column is
 * gathered for its rows only). Every {@code LIMIT} in such a query is the page: a query may repeat
 * the sub-query that chooses the page, and all of them move together. The number written there is
 * the default page size; {@link #apply} sets another page on a copy of the parsed query, as numbers
 * in the syntax tree ({@link Query#setLimit}, {@link Query#setOffset}), never as text.
 *
 * <p>A query may also read where the page ends: {@link #END_VARIABLE} ({@code ?__page_end}) is
 * bound to offset + limit, an {@code xsd:integer}, so that it can leave out early what sorts after
 * the page (the {@code commitments} listing orders only the policy areas that begin before it).
 * Unbound (the text run as it is), the query must give the same rows, only slower.
 *
 * <pre>
 * long size = ResultPage.defaultSize(timeline.query());          // 100
 * Query second = ResultPage.apply(bound, new ResultPage(100, 100)); // rows 101-200
 * </pre>
 *
 * @param limit  rows on the page, at least 1
 * @param offset rows skipped before it, 0 or more
 */
public record ResultPage(long limit, long offset) {
    /** The request names of the two numbers, reserved in every saved query (never parameters). */
    public static final String LIMIT = "limit";
    public static final String OFFSET = "offset";
    /** The largest page a client may ask for: a page must stay quick to compute and send. */
    public static final long MAX_LIMIT = 1000;
    /** The variable bound to the number of rows up to the end of the page (offset + limit); not a parameter. */
    public static final String END_VARIABLE = "__page_end";

    public ResultPage {
        if (limit < 1 || offset < 0) {
            throw new IllegalArgumentException("a page needs limit >= 1 and offset >= 0, got " + limit + ", " + offset);
        }
    }

    /** The page after this one. */
    public ResultPage next() {
        return new ResultPage(limit, offset + limit);
    }

    /** The page before this one (it starts at row 0 at the earliest), or null on the first page. */
    public ResultPage previous() {
        return offset == 0 ? null : new ResultPage(limit, Math.max(0, offset - limit));
    }

    /**
     * The page a request asks for: {@code limit} and {@code offset} as given (either may be missing
     * or blank), the query's default size otherwise.
     *
     * @throws QueryUsageException naming the value that is not a whole number in range
     */
    public static ResultPage fromRequest(long defaultSize, String limit, String offset, long maxLimit) {
        long l = limit == null || limit.isBlank() ? defaultSize : number(LIMIT, limit, 1, maxLimit);
        long o = offset == null || offset.isBlank() ? 0 : number(OFFSET, offset, 0, Long.MAX_VALUE / 2);
        return new ResultPage(l, o);
    }

    private static long number(String name, String value, long min, long max) {
        long n;
        try {
            n = Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new QueryUsageException(name + ": '" + value + "' is not a whole number");
        }
        if (n < min || n > max) {
            throw new QueryUsageException(name + ": " + n + " is out of range (" + min + " to " + max + ")");
        }
        return n;
    }

    /**
     * The default page size of a query: the {@code LIMIT} of the query or of its sub-queries, or 0 when
     * it has none (it is not paged).
     *
     * @throws IllegalArgumentException when its {@code LIMIT}s differ, or one of them has an {@code OFFSET}
     */
    public static long defaultSize(Query query) {
        List<Query> paged = new ArrayList<>();
        collect(query, paged);
        long size = 0;
        for (Query q : paged) {
            if (q.hasOffset()) {
                throw new IllegalArgumentException("OFFSET " + q.getOffset() + " in the query text: the page starts at 0 "
                        + "(offset is a request value)");
            }
            if (size != 0 && q.getLimit() != size) {
                throw new IllegalArgumentException("LIMIT " + size + " and LIMIT " + q.getLimit() + ": every LIMIT of a "
                        + "saved query is its page, so they must be equal");
            }
            size = q.getLimit();
        }
        return size;
    }

    /** Every query in the tree (the query itself first, then its sub-queries at any depth) that has a LIMIT. */
    private static void collect(Query query, List<Query> out) {
        if (query.hasLimit()) {
            out.add(query);
        }
        Element where = query.getQueryPattern();
        if (where == null) {
            return;
        }
        // the walker stops at a sub-query; its pattern is walked by the recursion
        ElementWalker.walk(where, new ElementVisitorBase() {
            @Override
            public void visit(ElementSubQuery el) {
                collect(el.getQuery(), out);
            }
        });
    }

    /**
     * A copy of the (bound) query whose every {@code LIMIT} is this page's limit, with this page's
     * offset, and {@link #END_VARIABLE} bound to where the page ends.
     */
    public Query apply(Query bound) {
        Query withEnd = QueryTransformOps.transform(bound, Map.of(Var.alloc(END_VARIABLE),
                NodeFactory.createLiteralDT(Long.toString(offset + limit), XSDDatatype.XSDinteger)));
        // a fresh parse of the query's own printed form shares no sub-query object with the saved
        // query, so its LIMITs can be set in place (the text is the query's, never the request's)
        Query copy = QueryFactory.create(withEnd.serialize(), bound.getSyntax());
        List<Query> paged = new ArrayList<>();
        collect(copy, paged);
        paged.forEach(this::setOn);
        return copy;
    }

    private void setOn(Query q) {
        q.setLimit(limit);
        q.setOffset(offset == 0 ? Query.NOLIMIT : offset);
    }
}
