/**
 * Notifying followers (群发) of a published article or announcement: a preview to one staff member's WeChat, then
 * one send to all followers, never two; WeChat's quota and refusals explained; the MASSSENDJOBFINISH results kept.
 */
package org.lotus.mp.notify;
