/** Start-up checks: in the {@code prod} profile, stop at once with one clear line when MySQL or Redis is missing. */
package org.lotus.mp.startup;
