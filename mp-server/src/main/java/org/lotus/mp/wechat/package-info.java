/** The WeChat API client: credentials, API address, and where the access token is kept. */
package org.lotus.mp.wechat;
