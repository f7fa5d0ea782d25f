package io.servicebalance.access;

/** The roles of ServiceBalance's users. */
public enum Role {
    /** Records interactions. */
    AGENT,
    /** Reads the customers assigned to them. */
    ACCOUNT_MANAGER,
    /** Runs simulations and reads aggregate figures; no personal data. */
    PLANNER,
    /** Everything, including operations. */
    ADMIN;

    public String authority() {
        return "ROLE_" + name();
    }
}
