/** Every page of the application, rendered with content of every kind and state present. */
package org.lotus.mp.pages;
