/** Public mobile pages readers open from WeChat, and what menu replies say about articles and the agenda. */
package org.lotus.mp.mobile;
