/** Partner organisations and the services they offer readers, listed once published. */
package org.lotus.content.partner;
