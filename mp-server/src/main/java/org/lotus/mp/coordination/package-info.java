/** Small ports shared by instances: a key-value store with expiry and a lock, in memory or in Redis. */
package org.lotus.mp.coordination;
