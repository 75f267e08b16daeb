/** Readers' safety and privacy: urgent help, privacy notice, erasure on request, retention of messages. */
package org.lotus.mp.privacy;
