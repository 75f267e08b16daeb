/** The moderators' JSON view of reader messages and their media. */
package org.lotus.mp.comments.web;
