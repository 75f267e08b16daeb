/** The editors' endpoint that publishes the menu. */
package org.lotus.mp.menu.web;
