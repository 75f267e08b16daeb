/**
 * Rewrites Chinese and French text with a lexicon of euphemisms, so it passes WeChat's censorship, and reports
 * blocked terms a person must rewrite.
 */
package org.lotus.sensitivewords;
