package io.servicebalance.access;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;

/** Signs test JWTs with the key whose public half the tests configure. */
final class Tokens {

    private Tokens() {
    }

    /** A bearer token; {@code subject} or {@code expires} null leaves that claim out. */
    static String bearer(String subject, List<String> roles, Instant expires) throws Exception {
        String pem = new String(Tokens.class.getResourceAsStream("/access/jwt-private.pem").readAllBytes(),
                StandardCharsets.US_ASCII).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        RSAPrivateKey key = (RSAPrivateKey) KeyFactory.getInstance("RSA").generatePrivate(
                new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().claim("roles", roles);
        if (subject != null) {
            claims.subject(subject);
        }
        if (expires != null) {
            claims.expirationTime(Date.from(expires));
        }
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims.build());
        jwt.sign(new RSASSASigner(key));
        return "Bearer " + jwt.serialize();
    }

    static String bearer(String subject, List<String> roles) throws Exception {
        return bearer(subject, roles, Instant.now().plusSeconds(600));
    }
}
