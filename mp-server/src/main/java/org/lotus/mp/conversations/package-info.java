/** The inbox as conversations: one thread per reader (pseudonym and nickname), her messages and our replies. */
package org.lotus.mp.conversations;
