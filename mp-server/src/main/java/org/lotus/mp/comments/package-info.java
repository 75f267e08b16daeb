/** Messages readers leave: text, voice, images and videos, their media fetched from WeChat at once and kept here. */
package org.lotus.mp.comments;
