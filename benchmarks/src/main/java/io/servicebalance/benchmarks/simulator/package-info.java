/** Engine speed: JMH measurements of one replication, a plain Java queue and SimPy on the same model, a sweep. */
package io.servicebalance.benchmarks.simulator;
