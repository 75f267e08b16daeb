/** The content domain of the account: sections, articles, announcements, partners and their schedules. */
package org.lotus.content;
