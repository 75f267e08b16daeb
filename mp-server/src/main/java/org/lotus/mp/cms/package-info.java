/** The staff CMS: French and Chinese pages to write, schedule, answer and manage, behind form login. */
package org.lotus.mp.cms;
