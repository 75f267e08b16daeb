/**
 * Everything Lotus says to readers by itself, as texts staff edit: automatic replies, keyword answers and section
 * texts, checked with the lexicon on save, served rewritten from memory, and listed for review when the lexicon
 * changes.
 */
package org.lotus.mp.replies;
