/** What other modules may use of the activity log (the dashboard's "recent activity"). */
export { useAuditEntries, type AuditEntries, type AuditEntriesRequest } from './useAuditEntries';
export { useAuditLabels } from './auditLabels';
