/**
 * Validates a declaration like RMI's Checker sheet (RMI-TEMPLATES §6, §6.1) plus the checks the
 * Checker leaves out (§6 "What the Checker does not check"): CIDs, names and countries against the
 * template's own Look-up, duplicates, plausible dates, well-formed e-mails. Every finding comes
 * from a rule in rules.ts; messages never quote contact data.
 */
import { isUnknownCountry } from './countries.js';
import type { Declaration, Finding, Mineral, Smelter } from './declaration.schema.js';
import type { TemplateLayout } from './layout-types.js';
import { layoutFor } from './layouts.js';
import { isoToSerial, looseKey } from './normalise.js';
import { makeFinding } from './rules.js';

/** Options of {@link validateDeclaration}. */
export type ValidateOptions = {
  /** Today's date (ISO), to flag effective dates in the future; the core has no clock of its own. */
  readonly today?: string;
};

const DECLARATION = 'Declaration';
const SMELTER_LIST = 'Smelter List';
/** Lowest date the Effective Date DV accepts: greater than 39082 (31-Dec-2006), §3.1. */
const DATE_MIN_SERIAL = 39082;
const CID = /^CID\d{6}$/;
const EMAIL = /^[^\s@,;:<>()[\]"]+@[^\s@,;:<>()[\]"]+\.[A-Za-z]{2,}$/;
const NOT_LISTED = looseKey('Smelter not listed');
const NOT_IDENTIFIED = looseKey('Smelter not yet identified');

function rowOf(layout: TemplateLayout, declaration: Declaration, mineral: Mineral): number {
  const m = layout.minerals;
  if (m.kind === 'fixed') return m.minerals.indexOf(mineral.name);
  return declaration.minerals.indexOf(mineral);
}

/** True when the answers leave this mineral in scope of Q3 onwards (Checker F24:F27 and equivalents). */
function needsFollowUp(layout: TemplateLayout, mineral: Mineral): boolean {
  const q1 = mineral.answers['Q1']?.value ?? null;
  const q2 = mineral.answers['Q2']?.value ?? null;
  if (q1 !== null && layout.gating.q1Excludes.includes(q1)) return false;
  if (q2 !== null && layout.gating.q2Excludes.includes(q2)) return false;
  return true;
}

/** Validates a declaration against the rules of its template family and version. */
export function validateDeclaration(declaration: Declaration, options: ValidateOptions = {}): Finding[] {
  const layout = layoutFor(declaration.family, declaration.version);
  if (!layout) return [];
  return [
    ...companyFindings(declaration, layout, options),
    ...questionFindings(declaration, layout),
    ...productFindings(declaration),
    ...smelterFindings(declaration, layout),
  ];
}

function companyFindings(d: Declaration, layout: TemplateLayout, options: ValidateOptions): Finding[] {
  const out: Finding[] = [];
  const c = layout.company;
  // Checker rows 4–12: always required (CMRT 6.x; the same in every family, §6.1).
  const required: [string, string, string | null][] = [
    ['Company Name', c.name, d.company.name],
    ['Declaration Scope or Class', c.scope, d.scope.text],
    ['Contact Name', c.contactName, d.company.contact.name],
    ['Email – Contact', c.contactEmail, d.company.contact.email],
    ['Phone – Contact', c.contactPhone, d.company.contact.phone],
    ['Authorizer', c.authorizerName, d.company.authorizer.name],
    ['Email - Authorizer', c.authorizerEmail, d.company.authorizer.email],
    ['Effective Date', c.date, d.date],
  ];
  for (const [field, cell, value] of required) {
    if (value === null) out.push(makeFinding('required_missing', { sheet: DECLARATION, cell, params: { field } }));
  }
  if (d.scope.text !== null && d.scope.code === null) {
    out.push(
      makeFinding('scope_invalid', { sheet: DECLARATION, cell: c.scope, params: { value: d.scope.text.slice(0, 60) } }),
    );
  }
  if (d.scope.code === 'C' && d.scope.description === null) {
    out.push(makeFinding('scope_description_missing', { sheet: DECLARATION, cell: c.scopeDescription }));
  }
  const emails: [string, string, string | null][] = [
    ['contact e-mail', c.contactEmail, d.company.contact.email],
    ['authorizer e-mail', c.authorizerEmail, d.company.authorizer.email],
  ];
  for (const [field, cell, value] of emails) {
    if (value === null) continue;
    if (!value.includes('@'))
      out.push(makeFinding('email_missing_at', { sheet: DECLARATION, cell, params: { field } }));
    else if (!EMAIL.test(value))
      out.push(makeFinding('email_malformed', { sheet: DECLARATION, cell, params: { field } }));
  }
  if (d.date !== null) {
    const serial = isoToSerial(d.date);
    const at = { sheet: DECLARATION, cell: c.date };
    if (serial <= DATE_MIN_SERIAL) {
      out.push(makeFinding('date_implausible', { ...at, params: { value: d.date, detail: 'before 31-Dec-2006' } }));
    } else if (options.today && d.date > options.today) {
      out.push(makeFinding('date_implausible', { ...at, params: { value: d.date, detail: 'in the future' } }));
    }
    if (layout.dateMaxSerial !== undefined && serial > layout.dateMaxSerial) {
      out.push(makeFinding('date_after_template_limit', { ...at, params: { value: d.date, family: d.family } }));
    }
  }
  return out;
}

function questionFindings(d: Declaration, layout: TemplateLayout): Finding[] {
  const out: Finding[] = [];
  if (layout.minerals.kind !== 'fixed' && d.minerals.length === 0) {
    const first = layout.minerals.cells[0];
    out.push(
      makeFinding('minerals_none_selected', {
        sheet: DECLARATION,
        cell: typeof first === 'string' ? first : (first?.cell ?? null),
      }),
    );
  }
  let anyFollowUp = false;
  for (const mineral of d.minerals) {
    const index = rowOf(layout, d, mineral);
    if (index < 0) continue;
    const q1 = mineral.answers['Q1']?.value ?? null;
    const q1Excludes = q1 !== null && layout.gating.q1Excludes.includes(q1);
    const followUp = needsFollowUp(layout, mineral);
    anyFollowUp ||= followUp;
    for (const [k, q] of layout.questions.entries()) {
      if (q.minerals && !q.minerals.includes(mineral.name)) continue;
      // AMRT Q2 (survey percentage) is never required (Checker of AMRT 1.2/1.3, §6.1).
      if (layout.family === 'AMRT' && q.id === 'Q2') continue;
      const required = k === 0 || (k === 1 ? !q1Excludes : followUp);
      if (!required || (mineral.answers[q.id]?.value ?? null) !== null) continue;
      const cell = `D${q.headerRow + 1 + index}`;
      out.push(
        makeFinding('answer_missing', { sheet: DECLARATION, cell, params: { question: q.id, mineral: mineral.name } }),
      );
    }
  }
  // Company questions are required when some mineral still needs Q3 (Checker F54).
  for (const q of layout.companyQuestions) {
    const answer = d.companyQuestions.find((a) => a.id === q.id);
    if (anyFollowUp) {
      if (q.perMineral) {
        for (const [i, pm] of (answer?.perMineral ?? []).entries()) {
          const mineral = d.minerals.find((m) => m.name === pm.mineral);
          if (pm.value !== null || (mineral && !needsFollowUp(layout, mineral))) continue;
          const row =
            q.perMineral.kind === 'fixed'
              ? q.perMineral.rows.find((r) => r.mineral === pm.mineral)?.row
              : q.row + 1 + i;
          if (row === undefined) continue;
          out.push(
            makeFinding('company_answer_missing', {
              sheet: DECLARATION,
              cell: `D${row}`,
              params: { question: `${q.id} (${pm.mineral})` },
            }),
          );
        }
      } else if ((answer?.value ?? null) === null) {
        out.push(
          makeFinding('company_answer_missing', { sheet: DECLARATION, cell: `D${q.row}`, params: { question: q.id } }),
        );
      }
    }
    if (q.urlWhenYes && answer?.value === 'Yes' && (answer.comment ?? '').length <= 1) {
      out.push(
        makeFinding('policy_url_missing', { sheet: DECLARATION, cell: `G${q.row}`, params: { question: q.id } }),
      );
    }
  }
  return out;
}

function productFindings(d: Declaration): Finding[] {
  const out: Finding[] = [];
  if (d.scope.code === 'B' && !d.products.some((p) => p.number !== null)) {
    out.push(makeFinding('products_missing', { sheet: 'Product List', cell: 'B6' }));
  }
  for (const p of d.products) {
    if (p.number === null && p.row !== undefined) {
      out.push(
        makeFinding('product_number_missing', { sheet: 'Product List', cell: `B${p.row}`, params: { row: p.row } }),
      );
    }
  }
  return out;
}

/**
 * A key equal for two smelter rows exactly when every field but the row number is (each text
 * length-prefixed, so no two different rows share a key); cheaper than serialising a copy.
 */
function contentKey(s: Smelter): string {
  let key = '';
  for (const field in s) {
    if (field === 'row') continue;
    const v = (s as Record<string, unknown>)[field];
    if (v === undefined) continue;
    key += v === null ? `${field}~;` : typeof v === 'string' ? `${field}=${v.length}:${v};` : `${field}#${String(v)};`;
  }
  return key;
}

/** The metal whose look-up entries list `cid` (the first, in look-up order), if any. */
function metalOfCid(byCid: ReadonlyMap<string, ReadonlyMap<string, unknown>>, cid: string): string | undefined {
  for (const [metal, ids] of byCid) if (ids.has(cid)) return metal;
  return undefined;
}

function smelterFindings(d: Declaration, layout: TemplateLayout): Finding[] {
  const out: Finding[] = [];
  const cols = layout.smelterList.columns;
  const cellOf = (s: Smelter, field: keyof typeof cols): string | null => {
    const col = cols[field] ?? cols.metal;
    return s.row !== undefined && col ? `${col}${s.row}` : null;
  };
  const mineralNames = new Set(d.minerals.map((m) => m.name.toLowerCase()));
  // The look-up entries by metal, then smelter ID (two maps: no key strings built per entry), for
  // the IDs the rows give only: a look-up list has hundreds of entries, a declaration a few dozen.
  const given = new Set<string>();
  for (const s of d.smelters) if (s.smelterId !== null) given.add(s.smelterId);
  const byCid = new Map<string, Map<string, Declaration['lookup'][number][]>>();
  for (const e of d.lookup) {
    if (!e.smelterId || !given.has(e.smelterId)) continue;
    let ids = byCid.get(e.metal);
    if (!ids) {
      ids = new Map();
      byCid.set(e.metal, ids);
    }
    const entries = ids.get(e.smelterId);
    if (entries) entries.push(e);
    else ids.set(e.smelterId, [e]);
  }
  // Keyed names per metal, built only when a row names a smelter without an ID.
  let aliases: Map<string, Set<string>> | undefined;
  const aliasesByMetal = (): Map<string, Set<string>> => {
    if (aliases) return aliases;
    aliases = new Map();
    for (const e of d.lookup) {
      const set = aliases.get(e.metal) ?? new Set<string>();
      set.add(looseKey(e.alias));
      if (e.standardName) set.add(looseKey(e.standardName));
      aliases.set(e.metal, set);
    }
    return aliases;
  };
  const seen = new Map<string, number>();
  const repeated = new Map<string, number[]>();
  for (const [i, s] of d.smelters.entries()) {
    const row = s.row ?? i + layout.smelterList.firstRow;
    const at = (field: keyof typeof cols, params: Record<string, string | number> = {}) => ({
      sheet: SMELTER_LIST,
      cell: cellOf(s, field),
      params: { row, ...params },
    });
    if (s.metal === null) out.push(makeFinding('smelter_metal_missing', at('metal')));
    else if (mineralNames.size > 0 && !mineralNames.has(s.metal.toLowerCase())) {
      out.push(makeFinding('smelter_metal_unknown', at('metal', { value: s.metal.slice(0, 40) })));
    }
    const pick = s.lookupName === null ? null : looseKey(s.lookupName);
    const pseudo = pick === NOT_LISTED || pick === NOT_IDENTIFIED;
    if (s.metal !== null && s.lookupName === null && s.name === null && s.smelterId === null) {
      out.push(makeFinding('smelter_name_missing', at('lookupName')));
    }
    if (pick === NOT_LISTED && layout.notListedNeedsNameAndCountry && (s.name === null || s.countryName === null)) {
      out.push(makeFinding('smelter_not_listed_incomplete', at('name')));
    }
    if (s.smelterId !== null && !CID.test(s.smelterId)) {
      out.push(makeFinding('smelter_id_malformed', at('smelterId', { value: s.smelterId.slice(0, 30) })));
    } else if (s.smelterId !== null && s.metal !== null && d.lookup.length > 0) {
      const entries = byCid.get(s.metal)?.get(s.smelterId);
      const otherMetal = entries ? undefined : metalOfCid(byCid, s.smelterId);
      if (otherMetal !== undefined) {
        out.push(
          makeFinding(
            'smelter_id_other_metal',
            at('smelterId', { value: s.smelterId, metal: s.metal, other: otherMetal }),
          ),
        );
      } else if (!entries) {
        out.push(makeFinding('smelter_id_not_in_lookup', at('smelterId', { value: s.smelterId, metal: s.metal })));
      } else {
        if (
          pick !== null &&
          !pseudo &&
          !entries.some((e) => looseKey(e.alias) === pick || (e.standardName && looseKey(e.standardName) === pick))
        ) {
          out.push(
            makeFinding(
              'smelter_name_mismatch',
              at('lookupName', { value: (s.lookupName ?? '').slice(0, 60), id: s.smelterId }),
            ),
          );
        }
        const expected = entries.find((e) => e.country !== null);
        if (expected && s.country !== null && expected.country !== s.country) {
          out.push(
            makeFinding(
              'smelter_country_mismatch',
              at('country', { value: s.countryName ?? '', expected: expected.countryName ?? '' }),
            ),
          );
        }
      }
    } else if (s.smelterId === null && pick !== null && !pseudo && s.metal !== null && d.lookup.length > 0) {
      if (!aliasesByMetal().get(s.metal)?.has(pick)) {
        out.push(
          makeFinding(
            'smelter_lookup_name_unknown',
            at('lookupName', { value: (s.lookupName ?? '').slice(0, 60), metal: s.metal }),
          ),
        );
      }
    }
    if (pick === NOT_IDENTIFIED && s.metal !== null) {
      out.push(makeFinding('smelter_not_identified', at('lookupName', { metal: s.metal })));
    }
    if (s.countryName === null && s.smelterId !== null && CID.test(s.smelterId) && !pseudo) {
      out.push(makeFinding('smelter_country_missing', at('country', { id: s.smelterId })));
    }
    if (s.countryName !== null && s.country === null && !isUnknownCountry(s.countryName)) {
      out.push(makeFinding('smelter_country_unrecognised', at('country', { value: s.countryName.slice(0, 40) })));
    }
    const key = contentKey(s);
    const other = seen.get(key);
    if (other !== undefined) out.push(makeFinding('smelter_duplicate', at('metal', { other })));
    else {
      seen.set(key, row);
      if (s.metal !== null && s.smelterId !== null && CID.test(s.smelterId)) {
        const k = `${s.metal}|${s.smelterId}`;
        repeated.set(k, [...(repeated.get(k) ?? []), row]);
      }
    }
  }
  for (const [k, rows] of repeated) {
    if (rows.length < 2) continue;
    const [metal, id] = k.split('|');
    out.push(
      makeFinding('smelter_repeated', {
        sheet: SMELTER_LIST,
        cell: `${cols.smelterId ?? 'F'}${rows[0]}`,
        params: { id: id ?? '', metal: metal ?? '', count: rows.length },
      }),
    );
  }
  // Checker rows 65–68: a mineral that still needs Q3 needs at least one smelter row.
  for (const mineral of d.minerals) {
    const rows = d.smelters.filter(
      (s) => s.metal?.toLowerCase() === mineral.name.toLowerCase() && (s.lookupName ?? s.name ?? s.smelterId) !== null,
    );
    if (needsFollowUp(layout, mineral)) {
      // As in the Checker, a comment on the answers does not stand in for the list.
      if (rows.length === 0) {
        out.push(
          makeFinding('smelters_missing', { sheet: SMELTER_LIST, cell: null, params: { mineral: mineral.name } }),
        );
      }
    } else if (rows.length > 0) {
      out.push(
        makeFinding('smelter_for_excluded_mineral', {
          sheet: SMELTER_LIST,
          cell: null,
          params: { mineral: mineral.name, count: rows.length },
        }),
      );
    }
  }
  return out;
}
