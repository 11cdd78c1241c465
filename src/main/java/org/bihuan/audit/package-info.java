/**
 * The audit list of administrative changes: who changed what, when, with the subject before and after as JSON. Every
 * module that lets an administrator change something ({@code identity}, {@code region}, {@code calendar},
 * {@code notification}, the import and session features) calls {@link org.bihuan.audit.AuditLog#record} in the
 * transaction of the change; the audit page reads {@link org.bihuan.audit.AuditLog#search}. It uses no other module.
 */
package org.bihuan.audit;
