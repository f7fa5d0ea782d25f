/** Analytic queueing baselines: Erlang C (M/M/N) and Erlang A (M/M/N+M), square-root staffing. */
package io.servicebalance.simulation.erlang;
