/** Third parties' phone numbers: normalised, kept as a keyed hash for matching and sealed for staff, never logged. */
package org.lotus.mp.phones;
