/** The audit log: which staff member did what to which content, message, lexicon entry or account, and when. */
package org.lotus.mp.audit;
