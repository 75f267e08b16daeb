/**
 * Sound both ways: the staff's audio library (recorded or uploaded, converted with the system's ffmpeg), its upload
 * to WeChat as permanent voice material, and the conversions reader voice notes need to play in a browser.
 */
package org.lotus.mp.audio;
