/**
 * Outreach channels: each printed tool (flyer, card, bus, workshop) carries its own permanent WeChat QR code, so
 * follows and scans are counted per channel. Counts only: no reader is ever linked to a channel.
 */
package org.lotus.mp.channels;
