/** The lexicon of censored terms in the database, compiled into the rewriter every instance shares. */
package org.lotus.mp.lexicon;
