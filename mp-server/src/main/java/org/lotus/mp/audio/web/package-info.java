/** The audio library's JSON API ({@code /api/audio}) and its CMS page (Audio / 语音素材). */
package org.lotus.mp.audio.web;
