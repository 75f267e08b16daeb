/** Database wiring shared by the modules: MyBatis-Plus pagination. */
package org.lotus.mp.persistence;
