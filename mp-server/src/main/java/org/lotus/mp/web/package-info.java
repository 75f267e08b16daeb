/** What every JSON endpoint shares: errors as JSON naming the field, 404 for unknown ids. */
package org.lotus.mp.web;
