package io.servicebalance.web;

import java.io.IOException;

/** A request body exceeded the configured limit ({@code servicebalance.web.max-body-bytes}). */
final class BodyTooLarge extends IOException {

    BodyTooLarge(long limit) {
        super("exceeds the limit of " + limit + " bytes");
    }
}
