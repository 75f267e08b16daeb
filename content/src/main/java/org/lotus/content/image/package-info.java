/** Images staff upload for covers and article bodies, kept in the database so every instance serves them. */
package org.lotus.content.image;
