/** JSON API for moderating readers' reports of dangerous clients. */
package org.lotus.mp.alerts.web;
