/** JSON API for articles and the images they use, for editors. */
package org.lotus.mp.articles.web;
