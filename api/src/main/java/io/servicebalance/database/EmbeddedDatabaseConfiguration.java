package io.servicebalance.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The default database: a real PostgreSQL, embedded, whose files survive restarts. It is used only when no
 * {@code spring.datasource.url} (environment: {@code SPRING_DATASOURCE_URL}) is configured; otherwise Spring Boot's
 * own data source points at the external server and no embedded server starts.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isBlank()")
@EnableConfigurationProperties(EmbeddedDatabaseProperties.class)
class EmbeddedDatabaseConfiguration {

    @Bean
    DataSource dataSource(EmbeddedDatabaseProperties properties) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(properties.ephemeral()
                ? EmbeddedPostgresServer.ephemeral().getJdbcUrl("postgres", "postgres")
                : EmbeddedPostgresServer.jdbcUrl(properties.clusterDir()));
        config.setUsername(ClusterPassword.USER);
        if (!properties.ephemeral()) {
            config.setPassword(EmbeddedPostgresServer.password(properties.clusterDir()));
        }
        config.setMaximumPoolSize(20);
        config.setPoolName("embedded-postgres");
        return new HikariDataSource(config);
    }
}
