/** JSON API for partner organisations, for editors. */
package org.lotus.mp.partners.web;
