/** JSON API of the outreach log and its message templates. */
package org.lotus.mp.outreach.web;
