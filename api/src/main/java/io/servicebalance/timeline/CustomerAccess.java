package io.servicebalance.timeline;

import io.servicebalance.access.Role;
import org.springframework.security.core.Authentication;

/** Account managers read only the customers assigned to them; admins read every customer. */
final class CustomerAccess {

    private CustomerAccess() {
    }

    static boolean isAdmin(Authentication who) {
        return who.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals(Role.ADMIN.authority()));
    }

    /** Whether the caller has a name a customer can be assigned to (an admin needs none). */
    static boolean identified(Authentication who) {
        return isAdmin(who) || (who.getName() != null && !who.getName().isBlank());
    }

    static boolean mayRead(Authentication who, TimelineReads.DirectoryRow customer) {
        return isAdmin(who) || (identified(who) && who.getName().equals(customer.manager()));
    }

    /** The manager a search is limited to: the caller, unless an admin. */
    static String managerFilter(Authentication who, String requested) {
        return isAdmin(who) ? requested : who.getName();
    }
}
