package io.servicebalance.access;

/**
 * Whether the demo users are on: {@code auto} turns them on with the embedded database and refuses them with an
 * external one (real data deserves real identities); {@code true} forces them on.
 */
public record DemoUserPolicy(boolean enabled) {

    static DemoUserPolicy of(String setting, String datasourceUrl) {
        boolean external = datasourceUrl != null && !datasourceUrl.isBlank();
        return switch (setting.trim().toLowerCase()) {
            case "true" -> new DemoUserPolicy(true);
            case "false" -> new DemoUserPolicy(false);
            case "auto" -> new DemoUserPolicy(!external);
            default -> throw new IllegalStateException("servicebalance.security.demo-users.enabled must be auto, true"
                    + " or false, not '" + setting + "'");
        };
    }
}
