/** Command-line front end that rewrites standard input with a lexicon, findings on standard error. */
package org.lotus.sensitivewords.cli;
