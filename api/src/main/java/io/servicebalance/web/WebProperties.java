package io.servicebalance.web;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * HTTP limits.
 *
 * @param maxBodyBytes the largest request body accepted; a larger one is rejected with 400 before anything is read
 */
@ConfigurationProperties("servicebalance.web")
record WebProperties(long maxBodyBytes) {

    WebProperties {
        if (maxBodyBytes <= 0) {
            maxBodyBytes = 65_536;
        }
    }
}
