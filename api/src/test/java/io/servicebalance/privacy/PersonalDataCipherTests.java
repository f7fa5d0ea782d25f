package io.servicebalance.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/** AES-GCM sealing of one personal value: opens with its key and customer only, and hides the text. */
class PersonalDataCipherTests {

    private static SecretKey key() {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        return new SecretKeySpec(secret, "AES");
    }

    @Test
    void aSealedValueOpensWithItsKeyAndHidesItsText() {
        SecretKey key = key();
        byte[] sealed = PersonalDataCipher.seal("Ada Lovelace ✓", key, "c-1");
        assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("Ada");
        assertThat(PersonalDataCipher.open(sealed, key, "c-1")).isEqualTo("Ada Lovelace ✓");
    }

    @Test
    void theSameTextSealsDifferentlyEachTime() {
        SecretKey key = key();
        assertThat(PersonalDataCipher.seal("Ada", key, "c-1")).isNotEqualTo(PersonalDataCipher.seal("Ada", key, "c-1"));
    }

    @Test
    void aValueMovedToAnotherCustomerOrUnderAnotherKeyDoesNotOpen() {
        SecretKey key = key();
        byte[] sealed = PersonalDataCipher.seal("Ada", key, "c-1");
        assertThatThrownBy(() -> PersonalDataCipher.open(sealed, key, "c-2")).isInstanceOf(IllegalStateException.class)
                .hasMessageNotContaining("Ada");
        assertThatThrownBy(() -> PersonalDataCipher.open(sealed, key(), "c-1"))
                .isInstanceOf(IllegalStateException.class);
    }
}
