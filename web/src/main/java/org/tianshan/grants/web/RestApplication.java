package org.tianshan.grants.web;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.security.SecuritySchemes;
import org.tianshan.grants.kernel.Roles;

/** The REST API, v1 (../shared/API.md). Published as OpenAPI at {@code /openapi}. */
@ApplicationPath("/api/v1")
@DeclareRoles({Roles.APPLICANT, Roles.UNIT_ADMIN, Roles.EXPERT, Roles.PROGRAM_OFFICER, Roles.DIRECTOR,
        Roles.FINANCE_OFFICER, Roles.AUDITOR, Roles.ADMIN})
@OpenAPIDefinition(
        info = @Info(title = "Tianshan Grants API 天山科技项目管理平台", version = "1",
                description = "Calls, applications, review, decision, projects, finance and audit of a regional S&T bureau. "
                        + "JSON in and out; ids are strings; money is a string with 2 decimals; errors are application/problem+json. "
                        + "Authenticate with POST /auth/token, then Authorization: Bearer <token> (HTTP Basic works too)."),
        security = {@SecurityRequirement(name = "bearer"), @SecurityRequirement(name = "basic")})
@SecuritySchemes({
        @SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer"),
        @SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")})
public class RestApplication extends Application {
}
