/** Personal data in events: per-customer keys, encryption of {@code @PersonalData} fields, erasure. */
package io.servicebalance.privacy;
