package org.diplomacykg.serve;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.jetty.util.security.Credential;

/**
 * The users of a Jetty realm file ({@code user: password[, role…]} per line; the password may be
 * {@code OBF:}, {@code MD5:} or {@code CRYPT:} as Jetty allows), checked against an HTTP Basic
 * {@code Authorization} header.
 */
final class PasswordFile {
    private final Map<String, Credential> users;

    private PasswordFile(Map<String, Credential> users) {
        this.users = users;
    }

    static PasswordFile read(Path file) {
        Map<String, Credential> users = new HashMap<>();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String l = line.strip();
                int colon = l.indexOf(':');
                if (l.isEmpty() || l.startsWith("#") || colon < 1)
                    continue;
                String secret = l.substring(colon + 1).strip();
                int comma = secret.indexOf(',');   // roles follow the password
                if (comma >= 0)
                    secret = secret.substring(0, comma).strip();
                users.put(l.substring(0, colon).strip(), Credential.getCredential(secret));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the password file " + file, e);
        }
        return new PasswordFile(users);
    }

    /** Whether {@code authorization} is Basic credentials of a user of this file. */
    boolean accepts(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6))
            return false;
        String pair;
        try {
            pair = new String(Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
        int colon = pair.indexOf(':');
        if (colon < 0)
            return false;
        Credential c = users.get(pair.substring(0, colon));
        return c != null && c.check(pair.substring(colon + 1));
    }

    /**
     * Answers 401 with the Basic challenge, so clients with credentials retry with them. The body
     * (already bounded by {@link RequestLimitFilter}) is read first: a client that gets its answer
     * with its body unread loses the connection and cannot retry on it.
     */
    static void challenge(HttpServletRequest req, HttpServletResponse resp, String message) throws IOException {
        req.getInputStream().transferTo(OutputStream.nullOutputStream());
        resp.setHeader("WWW-Authenticate", "Basic realm=\"" + FusekiAssembly.REALM + "\", charset=\"UTF-8\"");
        Responses.text(resp, HttpServletResponse.SC_UNAUTHORIZED, message);
    }
}
