/** WeChat's callbacks: verified, decrypted, parsed, deduplicated, stored once, answered within a second. */
package org.lotus.mp.portal;
