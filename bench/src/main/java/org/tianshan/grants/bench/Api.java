package org.tianshan.grants.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;

/**
 * The REST API of a running server through one shared {@link HttpClient} (HTTP/1.1, a connection per
 * concurrent client, kept alive). A failed exchange is a reply too, with a negative status, so a load
 * phase counts it instead of dying on it.
 */
final class Api {

    /** No HTTP answer within the request timeout. */
    static final int TIMEOUT = -1;
    /** The connection failed or was closed before an answer. */
    static final int IO_ERROR = -2;

    private final HttpClient http;
    private final String base;
    private final Duration timeout;

    Api(String serverUrl, Duration timeout) {
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)          // no h2c upgrade attempt on plain http
                .connectTimeout(Duration.ofSeconds(30))
                .build();
        this.base = serverUrl.replaceAll("/+$", "") + "/api/v1/";
        this.timeout = timeout;
    }

    /** A response read whole; {@code status} is negative when there was none ({@link #TIMEOUT}, {@link #IO_ERROR}). */
    record Reply(int status, String body) {

        JsonObject json() {
            return Json.createReader(new StringReader(body)).readObject();
        }

        boolean is(int expected) {
            return status == expected;
        }

        @Override
        public String toString() {
            return status + " " + (body.length() > 500 ? body.substring(0, 500) + "…" : body);
        }
    }

    Reply post(String path, String token, String json) {
        HttpRequest.Builder request = request(path, token);
        if (json == null) {
            request.POST(HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        }
        return send(request.build());
    }

    Reply get(String path, String token) {
        return send(request(path, token).GET().build());
    }

    /** Signs in and returns the bearer token; fails the run when the credentials do not work. */
    String token(String username, String password) {
        Reply reply = post("auth/token", null, Json.createObjectBuilder()
                .add("username", username).add("password", password).build().toString());
        if (!reply.is(200)) {
            throw new IllegalStateException("sign-in of " + username + " failed: " + reply);
        }
        return reply.json().getString("token");
    }

    private HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(timeout)
                .header("Accept", "application/json, application/problem+json");
        return token == null ? builder : builder.header("Authorization", "Bearer " + token);
    }

    private Reply send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.body());
        } catch (HttpTimeoutException e) {
            return new Reply(TIMEOUT, e.toString());
        } catch (IOException e) {
            return new Reply(IO_ERROR, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Reply(IO_ERROR, e.toString());
        }
    }
}
