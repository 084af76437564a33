package org.tianshan.grants.st;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.Invocation;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.io.StringReader;

/** A thin REST client for the tests: JSON text in, parsed JSON out, status always visible. */
public final class Api {

    public static final String BASE = "http://localhost:" + System.getProperty("it.http.port") + "/";

    private static final Client CLIENT = ClientBuilder.newClient();

    private Api() {
    }

    /** A response read whole: status, content type and body. */
    public record Reply(int status, String contentType, String body) {

        public JsonObject json() {
            return (JsonObject) parse();
        }

        public JsonArray array() {
            return (JsonArray) parse();
        }

        private JsonStructure parse() {
            return Json.createReader(new StringReader(body)).read();
        }

        @Override
        public String toString() {
            return status + " " + contentType + " " + body;
        }
    }

    public static String token(String username, String password) {
        Reply reply = post("auth/token", null, Json.createObjectBuilder()
                .add("username", username).add("password", password).build().toString());
        if (reply.status() != 200) {
            throw new AssertionError("sign-in of " + username + " failed: " + reply);
        }
        return reply.json().getString("token");
    }

    public static Reply get(String path, String token) {
        return call(request(path, token), "GET", null);
    }

    public static Reply post(String path, String token, String json) {
        return call(request(path, token), "POST", json);
    }

    public static Reply put(String path, String token, String json) {
        return call(request(path, token), "PUT", json);
    }

    public static Reply send(String method, String path, String token, String json) {
        return call(request(path, token), method, json);
    }

    /** What a download answered: status, headers and the raw bytes. */
    public record Download(int status, jakarta.ws.rs.core.MultivaluedMap<String, String> headers, byte[] body) {
    }

    /** POSTs raw bytes with a content type (an upload). */
    public static Reply upload(String path, String token, byte[] content, String contentType) {
        try (Response response = request(path, token).post(Entity.entity(content, contentType))) {
            String type = response.getMediaType() == null ? "" : response.getMediaType().getType() + "/" + response.getMediaType().getSubtype();
            return new Reply(response.getStatus(), type, response.hasEntity() ? response.readEntity(String.class) : "");
        }
    }

    /** GETs raw bytes. */
    public static Download download(String path, String token) {
        Invocation.Builder builder = CLIENT.target(BASE + "api/v1/" + path).request();
        if (token != null) {
            builder = builder.header("Authorization", "Bearer " + token);
        }
        try (Response response = builder.get()) {
            return new Download(response.getStatus(), response.getStringHeaders(),
                    response.hasEntity() ? response.readEntity(byte[].class) : new byte[0]);
        }
    }

    private static Invocation.Builder request(String path, String token) {
        Invocation.Builder builder = CLIENT.target(BASE + "api/v1/" + path).request(MediaType.APPLICATION_JSON_TYPE,
                MediaType.valueOf("application/problem+json"));
        return token == null ? builder : builder.header("Authorization", "Bearer " + token);
    }

    private static Reply call(Invocation.Builder builder, String method, String json) {
        try (Response response = json == null ? builder.method(method) : builder.method(method, Entity.entity(json, MediaType.APPLICATION_JSON_TYPE))) {
            // the media type without parameters (charset): what the contract names
            String type = response.getMediaType() == null ? "" : response.getMediaType().getType() + "/" + response.getMediaType().getSubtype();
            return new Reply(response.getStatus(), type, response.hasEntity() ? response.readEntity(String.class) : "");
        }
    }
}
