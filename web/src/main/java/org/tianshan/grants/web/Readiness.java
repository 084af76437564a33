package org.tianshan.grants.web;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.tianshan.grants.platform.control.Migrations;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

/** {@code /health}: UP when the database answers and the schema is migrated. */
@org.eclipse.microprofile.health.Readiness
@ApplicationScoped
public class Readiness implements HealthCheck {

    @Resource(lookup = "jdbc/tianshan")
    DataSource dataSource;

    @Inject
    Migrations migrations;

    @Override
    public HealthCheckResponse call() {
        try (Connection c = dataSource.getConnection()) {
            boolean valid = c.isValid(2);
            return HealthCheckResponse.named("database")
                    .status(valid)
                    .withData("schemaVersion", migrations.schemaVersion())
                    .build();
        } catch (SQLException e) {
            return HealthCheckResponse.named("database").down().withData("error", e.getMessage()).build();
        }
    }
}
