/** WeChat's callback address, {@code GET|POST /wx/portal/{appid}}. */
package org.lotus.mp.portal.web;
