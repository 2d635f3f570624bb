/**
 * Cell and column definitions shared by several layouts (RMI-TEMPLATES §3.1, §4, §7, §8.2, §10.1):
 * written once here and used by `cmrt-layout.ts`, `emrt-layout.ts` and `crt-amrt-layout.ts`.
 */
import type { CompanyCells, TemplateLayout } from './layout-types.js';

/**
 * Company cells: name, scope and scope description in D8–D10, then the unique ID, its authority,
 * the address, contact and authorizer details and the date in column D, one row each from
 * `uniqueIdRow` down (CMRT, EMRT 1.x and CRT: D12–D22; EMRT 2.x: D16–D26; AMRT 1.2: D14–D24;
 * AMRT 1.3: D17–D27).
 */
export function companyCells(uniqueIdRow: number): CompanyCells {
  const d = (offset: number): string => `D${uniqueIdRow + offset}`;
  return {
    name: 'D8',
    scope: 'D9',
    scopeDescription: 'D10',
    uniqueId: d(0),
    uniqueIdAuthority: d(1),
    address: d(2),
    contactName: d(3),
    contactEmail: d(4),
    contactPhone: d(5),
    authorizerName: d(6),
    authorizerTitle: d(7),
    authorizerEmail: d(8),
    authorizerPhone: d(9),
    date: d(10),
  };
}

/** The 17 Smelter List columns A–Q of CMRT 6.x, EMRT, CRT and AMRT 1.3 (§4). */
export const SMELTER_COLUMNS_17 = {
  smelterIdInput: 'A',
  metal: 'B',
  lookupName: 'C',
  name: 'D',
  country: 'E',
  smelterId: 'F',
  idSource: 'G',
  street: 'H',
  city: 'I',
  state: 'J',
  contactName: 'K',
  contactEmail: 'L',
  nextSteps: 'M',
  mineNames: 'N',
  mineCountry: 'O',
  recycled: 'P',
  comments: 'Q',
} as const;

/** Look-up-driven columns of the 17-column list, whose cached 0 means "empty" (§11.5). */
export const LOOKUP_DRIVEN = ['country', 'smelterId', 'idSource', 'street', 'city', 'state'] as const;

/** The 17-column Smelter List with Look-up, rows 5 to `lastRow`, version label in Q3 (§4). */
export function smelterList17(lastRow: number): TemplateLayout['smelterList'] {
  return {
    firstRow: 5,
    lastRow,
    columns: SMELTER_COLUMNS_17,
    lookupColumns: LOOKUP_DRIVEN,
    versionCell: 'Q3',
  };
}

/** Mine List columns A–M of EMRT 2.x and AMRT (§8.2). */
export const MINE_COLUMNS = {
  metal: 'A',
  smelterName: 'B',
  name: 'C',
  mineId: 'D',
  idSource: 'E',
  country: 'F',
  street: 'G',
  city: 'H',
  state: 'I',
  contactName: 'J',
  contactEmail: 'K',
  nextSteps: 'L',
  comments: 'M',
} as const;

/** The Mine List of EMRT 2.x and AMRT: rows 5–2504 (§8.2). */
export const MINE_LIST: NonNullable<TemplateLayout['mineList']> = { firstRow: 5, lastRow: 2504, columns: MINE_COLUMNS };

/** Product List with number, name and comments in B–D (§7). */
export const PRODUCT_LIST: TemplateLayout['productList'] = {
  firstRow: 6,
  columns: { number: 'B', name: 'C', comments: 'D' },
};

/** Product List with the Requester's number and name in D/E and comments in F (EMRT 2.1, AMRT 1.3; §7). */
export const PRODUCT_LIST_WITH_REQUESTER: TemplateLayout['productList'] = {
  firstRow: 6,
  columns: { number: 'B', name: 'C', requesterNumber: 'D', requesterName: 'E', comments: 'F' },
};
