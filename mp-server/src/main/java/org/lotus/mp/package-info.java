/** The Lotus application: WeChat portal, publishing, staff CMS and JSON API of the programme's official account. */
package org.lotus.mp;
