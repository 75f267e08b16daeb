package org.lotus.mp.datadir;

/** DATA_DIR, or something in it, can be read by other users of the machine: the instance refuses to start. */
public class DataDirectoryShared extends RuntimeException {

    public DataDirectoryShared(String what) {
        super("DATA_DIR is readable by other users: " + what);
    }
}
