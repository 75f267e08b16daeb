/** The WeChat menu, built from the sections and sent with {@code menu/create}. */
package org.lotus.mp.menu;
