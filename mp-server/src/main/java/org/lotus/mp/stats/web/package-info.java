/** {@code GET /api/stats} and {@code /api/stats.csv}: the figures of a date range, per day and summed. */
package org.lotus.mp.stats.web;
