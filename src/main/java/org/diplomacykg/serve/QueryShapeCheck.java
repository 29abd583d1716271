package org.diplomacykg.serve;

import java.io.Reader;
import java.util.List;
import java.util.Map;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.SortCondition;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.core.TriplePath;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprAggregator;
import org.apache.jena.sparql.expr.ExprFunction;
import org.apache.jena.sparql.expr.ExprFunctionOp;
import org.apache.jena.sparql.lang.arq.javacc.ARQParser;
import org.apache.jena.sparql.path.P_Path1;
import org.apache.jena.sparql.path.P_Path2;
import org.apache.jena.sparql.path.Path;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.Element1;
import org.apache.jena.sparql.syntax.ElementAssign;
import org.apache.jena.sparql.syntax.ElementBind;
import org.apache.jena.sparql.syntax.ElementFilter;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementLateral;
import org.apache.jena.sparql.syntax.ElementMinus;
import org.apache.jena.sparql.syntax.ElementOptional;
import org.apache.jena.sparql.syntax.ElementPathBlock;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.sparql.syntax.ElementTriplesBlock;
import org.apache.jena.sparql.syntax.ElementUnion;

/**
 * Whether a query text may go on to Fuseki's own parse, plan and run. Fuseki parses and plans a
 * query before its timeout starts, and neither step can be stopped: a 1 MB chain of
 * {@code OPTIONAL}s kept a core busy for 8 s past a 5 s limit, then overflowed the stack.
 * So first, within the time given:
 * <ul>
 * <li>the text is parsed (SPARQL with ARQ extensions, as Fuseki does) from a reader that gives up
 *     at the deadline: a parse that would run past it is stopped (the parser's last step, which
 *     lists the variables of {@code SELECT *} in time quadratic in their number, is left out);</li>
 * <li>its parts are counted (triple patterns, path steps, groups, filters, expression nodes…) up to
 *     {@link #MAX_PARTS}: the planner's cost grows faster than that count, and its recursion with
 *     the nesting, so a bounded count bounds the plan.</li>
 * </ul>
 * Data does not count: a {@code VALUES} block is one part whatever its rows.
 */
final class QueryShapeCheck {
    /** Far above any saved query (tens of parts) or the UI's; plans of this size take well under a second. */
    static final int MAX_PARTS = 2_000;
    static final String BASE = "http://server/unset-base/";

    /** Why the query is refused. */
    enum Verdict { TIMED_OUT, TOO_LARGE, TOO_DEEP }

    record Refusal(Verdict verdict, String message) {}

    private QueryShapeCheck() {}

    /**
     * The refusal of {@code queryText}, or null when Fuseki may take it (a text that does not
     * parse is Fuseki's to report).
     */
    static Refusal refusal(String queryText, long deadlineNanos, int maxParts) {
        Query query = new Query();
        query.setSyntax(Syntax.syntaxARQ);
        query.setBaseURI(BASE);
        DeadlineReader reader = new DeadlineReader(queryText, deadlineNanos);
        try {
            ARQParser parser = new ARQParser(reader) {
                @Override
                protected void finishQuery() {
                    // skipped: it lists the result variables of SELECT *, in time quadratic in their
                    // number and after the last read (no deadline); the count below needs none of it
                }
            };
            query.setStrict(true);
            parser.setQuery(query);
            parser.QueryUnit();
        } catch (StackOverflowError e) {
            return tooDeep();
        } catch (Exception | Error e) {
            // the parser wraps what its reader throws; otherwise a syntax error, which Fuseki reports
            return reader.expired ? timedOut() : null;
        }
        try {
            new PartCounter(maxParts).query(query);
            return null;
        } catch (TooManyParts e) {
            return new Refusal(Verdict.TOO_LARGE, "Query too large to plan: more than " + maxParts
                    + " triple patterns, path steps, groups, filters and expression terms (this server's limit); split it or use VALUES for data.");
        } catch (StackOverflowError e) {
            return tooDeep();
        }
    }

    private static Refusal timedOut() {
        return new Refusal(Verdict.TIMED_OUT, "Query timed out: parsing it took longer than the server's limit.");
    }

    private static Refusal tooDeep() {
        return new Refusal(Verdict.TOO_DEEP, "Query nested too deeply to plan (this server's limit); flatten it or split it.");
    }

    /** The query text, read by the parser, until the deadline: then reading stops the parse. */
    private static final class DeadlineReader extends Reader {
        private final String text;
        private final long deadline;
        private int next;
        private boolean expired;

        DeadlineReader(String text, long deadline) {
            this.text = text;
            this.deadline = deadline;
        }

        @Override
        public int read(char[] buf, int off, int len) {
            if (System.nanoTime() - deadline > 0) {
                expired = true;
                throw new QueryCancelledException();
            }
            if (next >= text.length())
                return -1;
            int n = Math.min(len, text.length() - next);
            text.getChars(next, next + n, buf, off);
            next += n;
            return n;
        }

        @Override
        public void close() {
        }
    }

    private static final class TooManyParts extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooManyParts() {
            super(null, null, false, false);
        }
    }

    /** Counts parts and stops at the first one over the limit, so counting costs at most the limit. */
    private static final class PartCounter {
        private final int max;
        private int parts;

        PartCounter(int max) {
            this.max = max;
        }

        private void add(int n) {
            parts += n;
            if (parts > max)
                throw new TooManyParts();
        }

        void query(Query q) {
            add(1);
            if (q.getQueryPattern() != null)
                element(q.getQueryPattern());
            if (q.hasValues())
                add(1);
            for (Map.Entry<?, Expr> e : q.getProject().getExprs().entrySet())
                expr(e.getValue());
            if (q.hasGroupBy())
                for (Expr e : q.getGroupBy().getExprs().values())
                    expr(e);
            if (q.hasHaving())
                for (Expr e : q.getHavingExprs())
                    expr(e);
            if (q.hasOrderBy())
                for (SortCondition c : q.getOrderBy())
                    expr(c.getExpression());
        }

        void element(Element el) {
            add(1);
            if (el instanceof ElementGroup g)
                elements(g.getElements());
            else if (el instanceof ElementUnion u)
                elements(u.getElements());
            else if (el instanceof ElementOptional o)
                element(o.getOptionalElement());
            else if (el instanceof ElementMinus m)
                element(m.getMinusElement());
            else if (el instanceof ElementLateral l)
                element(l.getLateralElement());
            else if (el instanceof Element1 one)   // GRAPH, SERVICE, EXISTS as a pattern
                element(one.getElement());
            else if (el instanceof ElementFilter f)
                expr(f.getExpr());
            else if (el instanceof ElementBind b)
                expr(b.getExpr());
            else if (el instanceof ElementAssign a)
                expr(a.getExpr());
            else if (el instanceof ElementSubQuery sub)
                query(sub.getQuery());
            else if (el instanceof ElementTriplesBlock t)
                add(t.getPattern().size());
            else if (el instanceof ElementPathBlock p)
                for (TriplePath tp : p.getPattern().getList())
                    if (tp.isTriple())
                        add(1);
                    else
                        path(tp.getPath());
            // VALUES data and the rest: one part each
        }

        private void elements(List<Element> list) {
            for (Element e : list)
                element(e);
        }

        private void path(Path p) {
            add(1);
            if (p instanceof P_Path2 two) {
                path(two.getLeft());
                path(two.getRight());
            } else if (p instanceof P_Path1 one) {
                path(one.getSubPath());
            }
        }

        void expr(Expr e) {
            add(1);
            if (e instanceof ExprFunctionOp op && op.getElement() != null)
                element(op.getElement());
            else if (e instanceof ExprAggregator agg && agg.getAggregator().getExprList() != null)
                agg.getAggregator().getExprList().forEach(this::expr);
            else if (e instanceof ExprFunction f)
                f.getArgs().forEach(this::expr);
        }
    }
}
