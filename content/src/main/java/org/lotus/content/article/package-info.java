/** Articles: writing, revisions, sanitised HTML and the status transitions publishing relies on. */
package org.lotus.content.article;
