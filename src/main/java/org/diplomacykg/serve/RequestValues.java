package org.diplomacykg.serve;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.diplomacykg.query.QueryParam;
import org.diplomacykg.query.SavedQuery;

/**
 * A saved query's parameter values as a request's query string gives them, read the same way by
 * the query pages ({@code /queries/NAME}) and the API ({@code /api/NAME}): an empty value counts
 * as not given (so an optional parameter stays unbound and a required one takes its default), a
 * name given twice is an error, and a name the query does not have is kept so that
 * {@link org.diplomacykg.query.ParameterBinder#bind} reports it.
 *
 * <p>Example: {@code ?person=id:person/to-lam&year=&format=csv} with {@code format} reserved gives
 * {@code toBind = {person=id:person/to-lam}}.
 *
 * @param given   every value as sent (the page's form shows them again)
 * @param toBind  the values to bind: non-empty ones, and every unknown name
 * @param missing required parameters without default that have no value
 * @param error   the one-line problem with the query string itself (a name given twice), or null
 */
record RequestValues(Map<String, String> given, Map<String, String> toBind, List<String> missing, String error) {

    static RequestValues read(SavedQuery query, Map<String, String[]> parameters, Set<String> reserved) {
        Map<String, String> given = new LinkedHashMap<>();
        Map<String, String> toBind = new LinkedHashMap<>();
        String error = null;
        for (Map.Entry<String, String[]> e : parameters.entrySet()) {
            if (reserved.contains(e.getKey()))
                continue;
            String value = e.getValue().length == 0 ? "" : e.getValue()[0];
            given.put(e.getKey(), value);
            if (e.getValue().length > 1 && error == null)
                error = "parameter '" + e.getKey() + "' is given more than once";
            // an empty form field is no value; an unknown name is always reported
            if (!value.isBlank() || query.param(e.getKey()) == null)
                toBind.put(e.getKey(), value);
        }
        List<String> missing = query.params().stream()
                .filter(p -> p.mustBeGiven() && !toBind.containsKey(p.name())).map(QueryParam::name).toList();
        return new RequestValues(given, toBind, missing, error);
    }

    /** The binder speaks to the command line ("--param name: …"); on the web the parameter is named. */
    static String webMessage(String message) {
        return message.replaceFirst("^--param ", "").replace("needs --param ", "needs ").replace(", --param ", ", ").replace("e.g. --param ", "e.g. ");
    }
}
