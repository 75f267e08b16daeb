/** Statistics: daily counters that other features increment, and the figures, charts and yearly report built on them. */
package org.lotus.mp.stats;
