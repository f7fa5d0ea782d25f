/** Account managers' read side: customer timelines, KPIs and search, kept by a streaming projection. */
package io.servicebalance.timeline;
