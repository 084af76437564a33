package org.tianshan.grants.platform.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.tianshan.grants.platform.boundary.DisciplineView;
import org.tianshan.grants.platform.boundary.JurisdictionView;
import org.tianshan.grants.platform.boundary.ReferenceData;

import java.util.List;

/** Code tables; small and stable, so returned whole as plain arrays (API.md). */
@Path("")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ReferenceDataResource {

    @Inject
    ReferenceData referenceData;

    @GET
    @Path("jurisdictions")
    @Operation(summary = "The jurisdiction tree: GB/T 2260 codes and XJBT… for the Corps (plain array)")
    public List<JurisdictionView> jurisdictions() {
        return referenceData.jurisdictions();
    }

    @GET
    @Path("disciplines")
    @Operation(summary = "The GB/T 13745 discipline codes (plain array)")
    public List<DisciplineView> disciplines() {
        return referenceData.disciplines();
    }

    @POST
    @Path("disciplines")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a discipline code (ADMIN); its parent is the code without its last two digits")
    public Response addDiscipline(DisciplineView request) {
        return Response.status(Response.Status.CREATED).entity(referenceData.addDiscipline(request)).build();
    }
}
