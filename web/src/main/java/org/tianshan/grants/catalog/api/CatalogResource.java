package org.tianshan.grants.catalog.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.tianshan.grants.catalog.boundary.Catalog;
import org.tianshan.grants.catalog.boundary.CatalogView;
import org.tianshan.grants.catalog.boundary.ProgrammeView;
import org.tianshan.grants.catalog.boundary.SectionView;
import org.tianshan.grants.kernel.Page;

import java.util.List;
import java.util.Optional;

@Path("")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CatalogResource {

    @Inject
    Catalog catalog;

    @GET
    @Path("sections")
    @Operation(summary = "The sections of a catalog with their programmes (plain array)",
            description = "Without ?catalog= the default catalog (自治区): the five sections plus the fund.")
    public List<SectionView> sections(@QueryParam("catalog") String catalogCode) {
        return catalog.sections(Optional.ofNullable(catalogCode).filter(c -> !c.isBlank()));
    }

    @GET
    @Path("catalogs")
    @Operation(summary = "All catalogs: one per jurisdiction and plan period")
    public Page<CatalogView> catalogs() {
        List<CatalogView> all = catalog.catalogs();
        return new Page<>(all, all.size());
    }

    @GET
    @Path("programmes/{code}")
    @Operation(summary = "A programme with all its rules: funding mode, limits, eligibility, indirect-cost brackets, tranches")
    public ProgrammeView programme(@PathParam("code") String code) {
        return catalog.programme(code);
    }

    @PUT
    @Path("programmes/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Revise a programme's rules (ADMIN); send the version you read (409 when stale)")
    public ProgrammeView revise(@PathParam("code") String code, ProgrammeView change) {
        return catalog.revise(code, change);
    }
}
