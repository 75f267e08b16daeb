/** JMH benchmarks of the rewriter against a bare Aho-Corasick scan, houbb sensitive-word and String.replace. */
package org.lotus.sensitivewords.bench;
