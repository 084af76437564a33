package org.tianshan.grants.integrity.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.tianshan.grants.integrity.boundary.IntegrityRecordView;
import org.tianshan.grants.integrity.boundary.IntegrityRecords;
import org.tianshan.grants.integrity.boundary.NewIntegrityRecord;
import org.tianshan.grants.kernel.Page;
import org.tianshan.grants.kernel.PageRequest;

@Path("integrity-records")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class IntegrityRecordsResource {

    @Inject
    IntegrityRecords records;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record an integrity finding (PROGRAM_OFFICER, ADMIN)",
            description = "An active SERIOUS record vetoes (一票否决) submission and every later gate; no `until` = lifelong.")
    public Response create(NewIntegrityRecord request) {
        return Response.status(Response.Status.CREATED).entity(records.create(request)).build();
    }

    @GET
    @Operation(summary = "Integrity records, newest first (staff)")
    public Page<IntegrityRecordView> list(@QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return records.list(PageRequest.of(page, size));
    }
}
