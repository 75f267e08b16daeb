/** Staff accounts of the programme: roles, hashed passwords, the first administrator, login lockout. */
package org.lotus.mp.staff;
