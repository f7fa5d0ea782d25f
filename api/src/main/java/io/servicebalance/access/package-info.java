/** Who may do what: roles, demo users for the embedded default, JWTs in production, answers for 401 and 403. */
package io.servicebalance.access;
