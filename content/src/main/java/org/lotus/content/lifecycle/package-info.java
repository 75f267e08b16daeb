/**
 * The one publication lifecycle articles, announcements and partners share: status moves as conditional UPDATEs,
 * revision numbers, corrections of live content, withdrawal, and the checks every text field goes through.
 */
package org.lotus.content.lifecycle;
