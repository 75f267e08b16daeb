/** How the instance writes its logs: plain lines by default, JSON for log shippers on demand. */
package org.lotus.mp.logging;
