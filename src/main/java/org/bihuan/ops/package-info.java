/**
 * Running the server rather than any one feature: the readiness gate in front of every door, and the one
 * masking layer of the log. Neither belongs to identity or notification, which only produce requests and
 * log lines; both apply to every request and every line.
 */
package org.bihuan.ops;
