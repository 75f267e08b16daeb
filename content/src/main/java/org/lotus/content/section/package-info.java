/** Menu sections: stable keys, editable names and order, the reply a reader gets when tapping one. */
package org.lotus.content.section;
