/** JSON API for announcements, for editors. */
package org.lotus.mp.announcements.web;
