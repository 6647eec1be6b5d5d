package fr.journees.security;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/** The login form as a browser posts it: the page first (session and CSRF token), then the form. */
final class LoginForm {

    private static final Pattern TOKEN = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    private final int port;

    LoginForm(int port) {
        this.port = port;
    }

    /** Where the login sends the browser: "/" when it worked, "/login?error" when it did not. */
    String login(String email, String password, String address) throws Exception {
        var client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        var page = client.send(request("/login", address).GET().build(), HttpResponse.BodyHandlers.ofString());
        var token = TOKEN.matcher(page.body());
        if (!token.find()) {
            throw new IllegalStateException("No CSRF token on the login page");
        }
        return post(client, address, "username=" + encode(email) + "&password=" + encode(password) + "&_csrf="
                + encode(token.group(1)));
    }

    /** A client whose cookies hold a logged-in session of that account. */
    HttpClient session(String email, String password, String address) throws Exception {
        var client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        var page = client.send(request("/login", address).GET().build(), HttpResponse.BodyHandlers.ofString());
        var token = TOKEN.matcher(page.body());
        if (!token.find() || !post(client, address, "username=" + encode(email) + "&password=" + encode(password)
                + "&_csrf=" + encode(token.group(1))).equals("/")) {
            throw new IllegalStateException("Could not log in as " + email);
        }
        return client;
    }

    /** A login posted from another site: no token of ours. */
    String loginWithoutToken(String email, String password, String address) throws Exception {
        var client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        client.send(request("/login", address).GET().build(), HttpResponse.BodyHandlers.discarding());
        return post(client, address, "username=" + encode(email) + "&password=" + encode(password));
    }

    private String post(HttpClient client, String address, String form) throws Exception {
        var answer = client.send(request("/login", address).header("Content-Type",
                "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.discarding());
        var location = answer.headers().firstValue("Location").orElse("");
        return URI.create(location).getPath() + (URI.create(location).getQuery() == null ? ""
                : "?" + URI.create(location).getQuery());
    }

    private HttpRequest.Builder request(String path, String address) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("X-Forwarded-For", address);
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
