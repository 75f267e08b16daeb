/** Readers as keyed pseudonyms: the openid is only ever kept sealed, for replying within WeChat's window. */
package org.lotus.mp.readers;
