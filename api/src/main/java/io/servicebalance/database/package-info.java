/** Where the data lives: an embedded PostgreSQL by default, any external PostgreSQL in production. */
package io.servicebalance.database;
