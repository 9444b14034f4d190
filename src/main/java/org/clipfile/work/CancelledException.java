package org.clipfile.work;

/** Thrown out of core work when the user cancelled it; what was committed before stays. */
public class CancelledException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CancelledException() {
        super("cancelled");
    }
}
