package io.servicebalance.simulation.history;

import io.servicebalance.contact.Channel;
import io.servicebalance.simulation.policy.StaffingSchedule;
import java.util.List;
import java.util.Map;

/**
 * A generated history: every command in business-time order (per aggregate, the order to send them), the staffing the
 * historical contact centre ran with, and counts for the closing summary.
 */
public record HistoryScript(List<ScheduledCommand> commands, Map<Channel, StaffingSchedule> staffing, int customers,
                            int contacts, int answered, int abandoned, int complaints, int purchases, int churned) {
}
