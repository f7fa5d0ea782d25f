/** The build step that repacks the embedded PostgreSQL binaries without what the server never loads. */
package io.servicebalance.postgres.build;
