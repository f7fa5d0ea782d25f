package io.servicebalance.launcher;

/**
 * Reduces a failure to the one line a person needs: the deepest cause's message.
 */
final class OneLine {

    private OneLine() {
    }

    static String of(Throwable failure) {
        if (failure instanceof CommandFailed) {
            return failure.getMessage();
        }
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            if (root.getClass().getSimpleName().equals("PortInUseException")) {
                break;
            }
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
