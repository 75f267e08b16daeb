/**
 * What staff read, in their language: the message catalogue with field labels and WeChat's error codes explained,
 * and the one way times are shown (Europe/Paris).
 */
package org.lotus.mp.i18n;
