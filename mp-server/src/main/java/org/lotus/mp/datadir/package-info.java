/** Keeps {@code DATA_DIR} and everything in it readable by the instance's own user only. */
package org.lotus.mp.datadir;
