package org.lotus.mp.startup;

/** A service the instance cannot run without did not answer at start. */
public class RequiredServiceUnavailableException extends RuntimeException {

    private final String service;
    private final String where;

    public RequiredServiceUnavailableException(String service, String where, Throwable cause) {
        super(service + " is unreachable at " + where + ": " + rootMessage(cause), cause);
        this.service = service;
        this.where = where;
    }

    public String service() {
        return service;
    }

    public String where() {
        return where;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return root.getClass().getSimpleName()
                + (message == null ? "" : ": " + message.lines().findFirst().orElse(""));
    }
}
