import type { SupplierContact } from './contacts.js';

/** A supplier with its register profile, as validated: what the import reads and the export writes. */
export type SupplierRecord = {
  readonly name: string;
  readonly identifier: string | null;
  readonly country: string | null;
  readonly sites: readonly string[];
  readonly contacts: readonly SupplierContact[];
  /** Catalogue ids. */
  readonly materials: readonly string[];
  readonly cnCodes: readonly string[];
  readonly annualVolume: number | null;
  readonly volumeUnit: string | null;
  readonly tier: number;
  readonly recycled: boolean;
  readonly spend: number | null;
  readonly leverage: string | null;
  readonly responseDue: string | null;
};
