/**
 * Writes a declaration into the official blank template the user supplies (Assay never ships
 * RMI's workbooks). Only the cells the declaration covers are rewritten; every other zip entry
 * is copied byte for byte, so sheets, data validations, conditional formats, protection, defined
 * names, styles, images and hidden sheets survive. `fullCalcOnLoad` makes Excel recompute the
 * formula cells on open (RMI-TEMPLATES §11.6), and calcChain.xml is dropped because rewritten
 * cells may no longer hold the formulas it lists.
 */
import { AppError } from '../errors.js';
import { OTHER_MINERAL } from './answer-sets.js';
import { CountryIndex } from './countries.js';
import { type Declaration, declarationSchema, type Mineral } from './declaration.schema.js';
import type { MineField, ProductField, SmelterField, TemplateLayout } from './layout-types.js';
import { chooseLayout } from './layouts.js';
import { compareSlotNames } from './mineral-names.js';
import { isoToSerial } from './normalise.js';
import { readWorkbook } from './read-template.js';
import { type CellPatch, type CellWrite, patchSheetXml } from './sheet-patch.js';
import { parseRels, Workbook } from './workbook.js';
import { attrIn, startTags } from './xml-text.js';
import { rewriteZip } from './zip-write.js';

const EMPTY: CellPatch = { kind: 'empty' };
const SCOPE_TEXT = {
  A: 'A. Company',
  B: 'B. Product (or List of Products)',
  C: "C. User defined [Specify in 'Description of scope']",
} as const;

type Writes = Map<string, CellWrite>;

function put(
  writes: Writes,
  cell: string,
  value: string | number | null,
  formula: CellWrite['formula'] = 'replace',
): void {
  const patch: CellPatch =
    value === null ? EMPTY : typeof value === 'number' ? { kind: 'number', value } : { kind: 'text', text: value };
  writes.set(cell, { patch, formula });
}

/** Excel's order for the sorted mineral slots (EMRT 2.x / AMRT helper columns sort by name). */
function slotOrder(minerals: readonly Mineral[]): Mineral[] {
  return [...minerals].sort((a, b) => compareSlotNames(a.name, b.name));
}

/** Fills `declaration` into the blank template `blank`; returns the new .xlsx bytes. */
export function fillTemplate(blank: Uint8Array, input: Declaration): Uint8Array {
  // The declaration may come from JSON (CLI, API): check its shape before writing anything.
  const parsed = declarationSchema.safeParse(input);
  if (!parsed.success) {
    throw new AppError('invalid_input', 'The declaration does not have the expected shape.', {
      issues: parsed.error.issues.slice(0, 20).map((i) => ({ path: i.path.join('.'), message: i.message })),
    });
  }
  const declaration = parsed.data;
  const wb = Workbook.open(blank, { fileName: 'blank template' });
  const read = readWorkbook(wb);
  if (!read.declaration) {
    const why = read.findings[0]?.message.en ?? 'not a template';
    throw new AppError('invalid_input', `The blank is not a supported RMI template: ${why}`);
  }
  const blankDecl = read.declaration;
  if (blankDecl.family !== declaration.family) {
    throw new AppError(
      'invalid_input',
      `The blank is a ${blankDecl.family} ${blankDecl.version} but the declaration is a ${declaration.family}; use a blank ${declaration.family} template.`,
    );
  }
  const choice = chooseLayout(blankDecl.family, blankDecl.version);
  if (choice.status === 'unsupported')
    throw new AppError('invalid_input', 'The blank template version is not supported.');
  const layout = choice.layout;
  const countries = new CountryIndex(wb.sheet('C', { maxCol: 2, maxRow: 300 }));

  const replace = new Map<string, Uint8Array>();
  const encoder = new TextEncoder();
  const patchSheet = (name: string, writes: Writes): void => {
    const info = wb.sheetInfo(name);
    const xml = wb.sheetXml(name);
    if (!info || xml === undefined || writes.size === 0) return;
    replace.set(info.path, encoder.encode(patchSheetXml(xml, writes)));
  };

  patchSheet('Declaration', declarationWrites(declaration, layout));
  patchSheet('Smelter List', smelterWrites(declaration, blankDecl, layout, countries));
  patchSheet('Product List', productWrites(declaration, blankDecl, layout));
  if (layout.mineList) patchSheet('Mine List', mineWrites(declaration, blankDecl, layout, countries));

  const remove = new Set<string>();
  replace.set(wb.workbookPath, encoder.encode(withFullCalcOnLoad(wb.workbookXml)));
  dropCalcChain(wb, replace, remove, encoder);
  return rewriteZip(wb.zip, { replace, remove });
}

function declarationWrites(d: Declaration, layout: TemplateLayout): Writes {
  const w: Writes = new Map();
  const c = layout.company;
  put(w, c.name, d.company.name);
  put(w, c.scope, d.scope.code ? SCOPE_TEXT[d.scope.code] : d.scope.text);
  put(w, c.scopeDescription, d.scope.description);
  put(w, c.uniqueId, d.company.uniqueId);
  put(w, c.uniqueIdAuthority, d.company.uniqueIdAuthority);
  put(w, c.address, d.company.address);
  put(w, c.contactName, d.company.contact.name);
  put(w, c.contactEmail, d.company.contact.email);
  put(w, c.contactPhone, d.company.contact.phone);
  put(w, c.authorizerName, d.company.authorizer.name);
  put(w, c.authorizerTitle, d.company.authorizer.title);
  put(w, c.authorizerEmail, d.company.authorizer.email);
  put(w, c.authorizerPhone, d.company.authorizer.phone);
  put(w, c.date, d.date === null ? null : isoToSerial(d.date));

  const answerValue = (v: string | null): string | number | null => (v === '100%' && layout.percentIsNumber ? 1 : v);
  const m = layout.minerals;
  // Slot i of every question block holds mineral i of this list.
  let slots: (Mineral | undefined)[];
  if (m.kind === 'fixed') {
    slots = m.minerals.map((name) => d.minerals.find((x) => x.name.toLowerCase() === name.toLowerCase()));
  } else {
    const ordered = slotOrder(d.minerals).slice(0, m.slots);
    slots = Array.from({ length: m.slots }, (_, k) => ordered[k]);
    if (m.kind === 'bound') {
      for (const { cell, mineral } of m.cells)
        put(w, cell, ordered.some((x) => x.name.toLowerCase() === mineral.toLowerCase()) ? mineral : null);
    } else {
      m.cells.forEach((cell, i) => {
        const mineral = ordered[i];
        const other = m.otherCells?.[i];
        const isChoice = !m.choices || (mineral !== undefined && m.choices.includes(mineral.name));
        put(w, cell, mineral === undefined ? null : isChoice ? mineral.name : OTHER_MINERAL);
        if (other) put(w, other, mineral !== undefined && !isChoice ? mineral.name : null);
      });
    }
    // The slot labels are formulas; cache the names so the file reads right before Excel recalculates.
    for (const [qi, q] of layout.questions.entries()) {
      for (let k = 0; k < m.slots; k++) {
        const name = slots[k]?.name;
        put(w, `B${q.headerRow + 1 + k}`, name === undefined ? null : qi === 0 ? `${name}(*)` : name, 'cache');
      }
    }
  }
  slots.forEach((mineral, i) => {
    for (const q of layout.questions) {
      if (m.kind === 'fixed' && q.minerals && !q.minerals.includes(m.minerals[i] ?? '')) continue;
      const row = q.headerRow + 1 + i;
      const a = mineral?.answers[q.id];
      put(w, `D${row}`, answerValue(a?.value ?? null));
      put(w, `G${row}`, a?.comment ?? null);
    }
  });
  for (const q of layout.companyQuestions) {
    const a = d.companyQuestions.find((x) => x.id === q.id);
    if (!q.perMineral) {
      put(w, `D${q.row}`, a?.value ?? null);
    }
    put(w, `G${q.row}`, a?.comment ?? null);
    const value = (mineral: string | undefined): string | null =>
      mineral === undefined
        ? null
        : (a?.perMineral?.find((p) => p.mineral.toLowerCase() === mineral.toLowerCase())?.value ?? null);
    if (q.perMineral?.kind === 'fixed') {
      for (const r of q.perMineral.rows) put(w, `D${r.row}`, value(r.mineral));
    } else if (q.perMineral?.kind === 'slots' && m.kind !== 'fixed') {
      for (let k = 0; k < m.slots; k++) {
        const name = slots[k]?.name;
        put(w, `B${q.row + 1 + k}`, name ?? null, 'cache');
        put(w, `D${q.row + 1 + k}`, value(name));
      }
    }
  }
  return w;
}

/** Writes list rows from `firstRow`, and empties rows the blank had filled beyond them. */
function listWrites<F extends string, R extends { readonly row?: number | undefined }>(
  rows: readonly R[],
  blankRows: readonly R[],
  firstRow: number,
  columns: Readonly<Partial<Record<F, string>>>,
  cellText: (row: R, field: F) => string | null,
): Writes {
  const w: Writes = new Map();
  const fields = Object.entries(columns) as [F, string | undefined][];
  rows.forEach((r, i) => {
    for (const [field, col] of fields) if (col) put(w, `${col}${firstRow + i}`, cellText(r, field));
  });
  const lastWritten = firstRow + rows.length - 1;
  for (const b of blankRows) {
    if (b.row === undefined || b.row <= lastWritten) continue;
    for (const [, col] of fields) if (col) put(w, `${col}${b.row}`, null);
  }
  return w;
}

function smelterWrites(d: Declaration, blank: Declaration, layout: TemplateLayout, countries: CountryIndex): Writes {
  return listWrites<SmelterField, Declaration['smelters'][number]>(
    d.smelters,
    blank.smelters,
    layout.smelterList.firstRow,
    layout.smelterList.columns,
    (s, f) => {
      switch (f) {
        // Option B entry: the CID goes to F with the other values; A stays empty (§4).
        case 'smelterIdInput':
          return null;
        case 'country':
          return s.countryName ?? (s.country ? (countries.nameOf(s.country) ?? null) : null);
        default:
          return s[f];
      }
    },
  );
}

function productWrites(d: Declaration, blank: Declaration, layout: TemplateLayout): Writes {
  return listWrites<ProductField, Declaration['products'][number]>(
    d.products,
    blank.products,
    layout.productList.firstRow,
    layout.productList.columns,
    (p, f) => p[f],
  );
}

function mineWrites(d: Declaration, blank: Declaration, layout: TemplateLayout, countries: CountryIndex): Writes {
  const list = layout.mineList;
  if (!list) return new Map();
  return listWrites<MineField, Declaration['mines'][number]>(
    d.mines,
    blank.mines,
    list.firstRow,
    list.columns,
    (m, f) => (f === 'country' ? (m.countryName ?? (m.country ? (countries.nameOf(m.country) ?? null) : null)) : m[f]),
  );
}

/** Sets `fullCalcOnLoad="1"` on `<calcPr>` (ECMA-376 Part 1 §18.2.2), adding the element if needed. */
export function withFullCalcOnLoad(xml: string): string {
  const at = xml.indexOf('<calcPr');
  if (at >= 0) {
    const end = xml.indexOf('>', at);
    if (attrIn(xml, at, end, 'fullCalcOnLoad') !== undefined) {
      return (
        xml.slice(0, at) + xml.slice(at, end).replace(/fullCalcOnLoad="[^"]*"/, 'fullCalcOnLoad="1"') + xml.slice(end)
      );
    }
    return `${xml.slice(0, at)}<calcPr fullCalcOnLoad="1"${xml.slice(at + '<calcPr'.length)}`;
  }
  // CT_Workbook order: … sheets, functionGroups, externalReferences, definedNames, calcPr, …
  for (const close of ['</definedNames>', '</externalReferences>', '</functionGroups>', '</sheets>']) {
    const i = xml.indexOf(close);
    if (i >= 0) return `${xml.slice(0, i + close.length)}<calcPr fullCalcOnLoad="1"/>${xml.slice(i + close.length)}`;
  }
  return xml;
}

/** Removes xl/calcChain.xml with its relationship and content-type override. */
function dropCalcChain(
  wb: Workbook,
  replace: Map<string, Uint8Array>,
  remove: Set<string>,
  encoder: TextEncoder,
): void {
  const chain = wb.zip.entries.find((e) => e.name.toLowerCase().endsWith('calcchain.xml'));
  if (!chain) return;
  remove.add(chain.name);
  const dir = wb.workbookPath.includes('/') ? wb.workbookPath.slice(0, wb.workbookPath.lastIndexOf('/')) : '';
  const relsPath = `${dir ? `${dir}/` : ''}_rels/${wb.workbookPath.slice(dir ? dir.length + 1 : 0)}.rels`;
  const rels = wb.zip.readText(relsPath);
  if (rels !== undefined) {
    for (const [id, rel] of parseRels(rels)) {
      if (!rel.type.endsWith('/calcChain')) continue;
      replace.set(relsPath, encoder.encode(rels.replace(new RegExp(`<Relationship [^>]*Id="${id}"[^>]*/>`), '')));
    }
  }
  const types = wb.zip.readText('[Content_Types].xml');
  if (types !== undefined) {
    let out = types;
    for (const { start, end } of startTags(types, 'Override')) {
      const part = attrIn(types, start, end, 'PartName');
      if (part?.toLowerCase().endsWith('calcchain.xml')) out = out.replace(types.slice(start, end + 1), '');
    }
    replace.set('[Content_Types].xml', encoder.encode(out));
  }
}
