/** Who may call what: HTTP Basic for the JSON API, form login for the CMS, open WeChat callbacks and health. */
package org.lotus.mp.security;
