/** Publishing: persistent jobs that rewrite due content and bring it to WeChat exactly once, and reconcile results. */
package org.lotus.mp.publishing;
