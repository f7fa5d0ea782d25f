package io.servicebalance.launcher;

/**
 * A subcommand could not do its work for a reason a person can act on; its message is the whole explanation.
 */
public class CommandFailed extends RuntimeException {

    public CommandFailed(String message) {
        super(message, null, false, false);
    }
}
