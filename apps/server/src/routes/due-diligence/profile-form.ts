import type { CompanyProfile } from '@assay/core';
import type { ProfileForm } from '../../pages/due-diligence/profile.page.js';
import { all, type FormBody, numberOrText, one } from './form-body.js';

const MAX_ROWS = 500;

/** The stored profile as the form's text values. */
export function profileToForm(profile: CompanyProfile | undefined, fallbackName: string): ProfileForm {
  return {
    name: profile?.name ?? fallbackName,
    country: profile?.country ?? '',
    grievanceChannelUrl: profile?.grievanceChannelUrl ?? '',
    positions: profile?.positions ?? [],
    sizeBand: profile?.size.band ?? 'small',
    employees: profile?.size.employees === undefined ? '' : String(profile.size.employees),
    customerRequests: [...new Set((profile?.customerRequests ?? []).map((r) => r.kind))],
    materials: (profile?.materials ?? []).map((m) => ({
      materialId: m.materialId,
      originCountries: m.originCountries.join(', '),
      volumeKgPerYear: m.volumeKgPerYear === undefined ? '' : String(m.volumeKgPerYear),
      importsIntoEu: m.importsIntoEu,
    })),
  };
}

/** The submitted form's values, row by row (rows without a material are dropped). */
export function bodyToForm(body: FormBody): ProfileForm {
  const materials: ProfileForm['materials'] = [];
  for (let i = 0; i < MAX_ROWS && `materials.${i}.materialId` in body; i++) {
    const row = {
      materialId: one(body, `materials.${i}.materialId`),
      originCountries: one(body, `materials.${i}.originCountries`),
      volumeKgPerYear: one(body, `materials.${i}.volumeKgPerYear`),
      importsIntoEu: one(body, `materials.${i}.importsIntoEu`) === 'on',
    };
    if (row.materialId) materials.push(row);
  }
  return {
    name: one(body, 'name'),
    country: one(body, 'country'),
    grievanceChannelUrl: one(body, 'grievanceChannelUrl'),
    positions: all(body, 'positions'),
    sizeBand: one(body, 'size.band'),
    employees: one(body, 'size.employees'),
    customerRequests: all(body, 'customerRequests'),
    materials,
  };
}

/** The form's values as the input the profile schema validates; the paths match the form's field names. */
export function formToInput(form: ProfileForm): unknown {
  const optional = (value: string) => (value.trim() === '' ? undefined : value.trim());
  return {
    name: form.name,
    country: optional(form.country),
    grievanceChannelUrl: optional(form.grievanceChannelUrl),
    positions: form.positions,
    size: { band: form.sizeBand, employees: numberOrText(form.employees) },
    customerRequests: form.customerRequests.map((kind) => ({ kind })),
    materials: form.materials.map((m) => ({
      materialId: m.materialId,
      originCountries: m.originCountries
        .split(/[\s,;]+/)
        .map((c) => c.trim())
        .filter(Boolean),
      volumeKgPerYear: numberOrText(m.volumeKgPerYear),
      importsIntoEu: m.importsIntoEu,
    })),
  };
}
