package io.servicebalance.privacy;

import io.servicebalance.customer.CustomerId;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/customers/{id}/erasure} (ADMIN): erases the customer's personal data everywhere. */
@RestController
class ErasureEndpoints {

    private final Erasure erasure;

    ErasureEndpoints(Erasure erasure) {
        this.erasure = erasure;
    }

    @PostMapping("/api/customers/{id}/erasure")
    Erasure.Erased erase(@PathVariable CustomerId id) {
        return erasure.erase(id);
    }
}
