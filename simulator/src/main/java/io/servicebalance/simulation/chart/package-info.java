/** Charts of a plan drawn with JFreeChart, as PNG and SVG; no JFreeChart type leaves this package. */
package io.servicebalance.simulation.chart;
