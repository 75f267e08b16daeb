/** {@code /api/articles/{id}/notify} and {@code /api/announcements/{id}/notify}: preview, send, state and quota. */
package org.lotus.mp.notify.web;
