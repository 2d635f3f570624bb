import type { AuditEntry } from '@assay/storage';
import type { OrgActor, ServiceContext } from '../context.js';

/** One page of the organisation's audit log, newest first. */
export function listAuditLog(ctx: ServiceContext, actor: OrgActor, options: { limit?: number; before?: number } = {}) {
  return ctx.store.audit.list(actor.organisationId, options);
}

const COLUMNS = ['seq', 'at', 'actor', 'actor_user_id', 'entity', 'entity_id', 'action', 'summary'] as const;

function csvCell(value: string): string {
  // Quote every cell; neutralise spreadsheet formula injection (OWASP CSV injection).
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return `"${safe.replaceAll('"', '""')}"`;
}

function toRow(entry: AuditEntry): string[] {
  return [
    String(entry.seq),
    entry.at,
    entry.actor.label,
    entry.actor.userId ?? '',
    entry.entity,
    entry.entityId ?? '',
    entry.action,
    JSON.stringify(entry.summary),
  ];
}

/** The whole audit log of the organisation as CSV (RFC 4180) or JSON. */
export async function exportAuditLog(ctx: ServiceContext, actor: OrgActor, format: 'csv' | 'json'): Promise<string> {
  const entries = await ctx.store.audit.list(actor.organisationId, { limit: 10_000 });
  if (format === 'json') return JSON.stringify(entries, null, 2);
  const lines = [COLUMNS.map((c) => csvCell(c)).join(','), ...entries.map((e) => toRow(e).map(csvCell).join(','))];
  return `${lines.join('\r\n')}\r\n`;
}
