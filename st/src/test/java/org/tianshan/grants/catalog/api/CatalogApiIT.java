package org.tianshan.grants.catalog.api;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tianshan.grants.st.Api;
import org.tianshan.grants.st.Deployments;
import org.tianshan.grants.st.TestData;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The seeded plan catalog and an admin's revision of a programme's rules. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CatalogApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void theDefaultCatalogHasTheSixSectionsWithAtLeastTwoProgrammesEach() {
        JsonArray sections = Api.get("sections", TestData.adminToken()).array();
        assertEquals(List.of("MAJOR_SPECIAL", "KEY_RD", "TRANSFORMATION_DEMO", "INNOVATION_ENVIRONMENT", "REGIONAL_COLLAB",
                "TRANSFORMATION_FUND"), sections.stream().map(s -> s.asJsonObject().getString("code")).toList());
        for (JsonValue section : sections) {
            JsonArray programmes = section.asJsonObject().getJsonArray("programmes");
            assertTrue(programmes.size() >= 2, section.toString());
            programmes.forEach(p -> assertTrue(p.asJsonObject().containsKey("fundingMode")));
        }
    }

    @Test
    void aSecondCatalogOfTheCorpsDivisionExistsBesideIt() {
        String token = TestData.adminToken();
        JsonArray catalogs = Api.get("catalogs", token).json().getJsonArray("items");
        assertTrue(catalogs.stream().anyMatch(c -> c.asJsonObject().getString("jurisdiction").equals("XJBT-03")));
        JsonArray sections = Api.get("sections?catalog=XJBT03-2021-2025", token).array();
        assertTrue(sections.stream().flatMap(s -> s.asJsonObject().getJsonArray("programmes").stream())
                .map(p -> p.asJsonObject().getString("fundingMode")).toList().containsAll(List.of("CHALLENGE", "RACE")));
    }

    @Test
    void theOpenApiDocumentDescribesTheApi() {
        var client = jakarta.ws.rs.client.ClientBuilder.newClient();
        try (var response = client.target(Api.BASE + "openapi").request("application/json").get()) {
            assertEquals(200, response.getStatus(), "the first request for the document");
            String document = response.readEntity(String.class);
            assertTrue(document.contains("/api/v1/sections") && document.contains("/api/v1/auth/token"));
        }
    }

    @Test
    void aProgrammeCarriesItsRulesAsData() {
        JsonObject programme = Api.get("programmes/KEY_RD_GENERAL", TestData.adminToken()).json();
        assertEquals("COMPETITIVE", programme.getString("fundingMode"));
        assertEquals(3, programme.getJsonArray("indirectCostBrackets").size());
        assertEquals("5000000.00", programme.getJsonArray("indirectCostBrackets").getJsonObject(0).getString("upTo"));
        assertEquals(404, Api.get("programmes/NO_SUCH_PROGRAMME", TestData.adminToken()).status());
    }

    @Test
    void anAdminRevisesTranchesButNotIntoSharesThatDoNotSumToOne() {
        String admin = TestData.adminToken();
        JsonObject programme = Api.get("programmes/KEY_RD_LIVELIHOOD", admin).json();
        JsonObject bad = Json.createObjectBuilder(programme).add("tranches", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("no", 1).add("share", 0.5).add("condition", "AT_CONTRACT"))
                .add(Json.createObjectBuilder().add("no", 2).add("share", 0.3).add("condition", "AFTER_MIDTERM"))).build();
        Api.Reply refused = Api.put("programmes/KEY_RD_LIVELIHOOD", admin, bad.toString());
        assertEquals(400, refused.status(), refused.toString());
        assertTrue(refused.body().contains("tranches"));

        JsonObject good = Json.createObjectBuilder(programme).add("publicNoticeDays", 10).add("tranches", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("no", 1).add("share", 0.7).add("condition", "AT_CONTRACT"))
                .add(Json.createObjectBuilder().add("no", 2).add("share", 0.3).add("condition", "AFTER_MIDTERM"))).build();
        Api.Reply revised = Api.put("programmes/KEY_RD_LIVELIHOOD", admin, good.toString());
        assertEquals(200, revised.status(), revised.toString());
        assertEquals(10, revised.json().getInt("publicNoticeDays"));
        assertEquals(409, Api.put("programmes/KEY_RD_LIVELIHOOD", admin, good.toString()).status(), "the version read is stale now");
    }
}
