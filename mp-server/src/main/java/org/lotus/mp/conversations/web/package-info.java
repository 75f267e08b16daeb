/** {@code /api/conversations}: threads for moderators, replies (queued when WeChat is away), nickname, handled. */
package org.lotus.mp.conversations.web;
