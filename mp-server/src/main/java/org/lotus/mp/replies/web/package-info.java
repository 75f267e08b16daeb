/** The JSON API of automatic replies, keyword answers, sections and the review of reader-facing texts. */
package org.lotus.mp.replies.web;
