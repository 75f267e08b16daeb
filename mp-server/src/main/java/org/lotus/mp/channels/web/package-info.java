/** {@code /api/channels}: create, list, rename channels; their QR code as PNG or SVG and a printable A6 card. */
package org.lotus.mp.channels.web;
