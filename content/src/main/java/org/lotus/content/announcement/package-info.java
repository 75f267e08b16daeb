/** Announcements: short notices with a validity window, the news agenda, and their optional push to followers. */
package org.lotus.content.announcement;
