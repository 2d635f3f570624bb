import {
  countryName,
  getMaterial,
  type MaterialRisk,
  resolveMaterialText,
  type SupplierContact,
  type SupplierRisk,
  THEMES,
  type UiMessageKey,
} from '@assay/core';
import type { FieldErrors } from './form.js';
import type { PageContext } from './page-context.js';
import { levelLabel } from './risk/labels.js';
import { LevelSwatch } from './risk/level-swatch.js';

/** A material id in the UI language; free text that is not in the catalogue is marked as such. */
export function materialLabel(page: PageContext, text: string): string {
  const material =
    getMaterial(text) ??
    (() => {
      const r = resolveMaterialText(text);
      return r.status === 'found' ? r.material : undefined;
    })();
  return material ? material.name[page.locale] : page.t('sc.suppliers.notInCatalogue', { value: text });
}

const themeLabel = (page: PageContext, id: string) => THEMES.find((th) => th.id === id)?.label[page.locale] ?? id;

/** The materials in the UI language, each once. */
export function materialsText(page: PageContext, materials: readonly string[]): string {
  return [...new Set(materials.map((m) => materialLabel(page, m)))].join(', ') || '—';
}

/** One material's risk: colour swatch, level in words, score and theme, and the scan that explains it. */
export function MaterialRiskText({ page, risk, country }: { page: PageContext; risk: MaterialRisk; country: string }) {
  if (!risk.level || risk.score === null || !risk.theme || !risk.href || !risk.scoredAs) return <span>—</span>;
  return (
    <span>
      <LevelSwatch level={risk.level} /> <strong>{levelLabel(page.t, risk.level)}</strong> ({risk.score}):{' '}
      {themeLabel(page, risk.theme)}
      {risk.scoredAs !== risk.materialId ? (
        <span class="muted">
          {' '}
          — {page.t('sc.suppliers.scoredAs', { material: materialLabel(page, risk.scoredAs) })}
        </span>
      ) : null}
      <br />
      <a href={risk.href}>
        {page.t('sc.suppliers.riskWhy')}{' '}
        <span class="visually-hidden">
          {page.t('sc.suppliers.riskWhyWhat', {
            material: materialLabel(page, risk.scoredAs),
            country: countryName(country, page.locale),
          })}
        </span>
      </a>
    </span>
  );
}

/** The supplier's inherent risk (its highest material), or why it is not scored. */
export function SupplierRiskText({
  page,
  risk,
  country,
}: {
  page: PageContext;
  risk: SupplierRisk;
  country: string | null;
}) {
  if (risk.status !== 'scored' || !risk.top || !country)
    return (
      <span class="muted">
        {page.t(`sc.suppliers.riskNone.${risk.status === 'scored' ? 'no_materials' : risk.status}`)}
      </span>
    );
  return <MaterialRiskText page={page} risk={risk.top} country={country} />;
}

/** A supplier's contacts for reading: name and e-mail address, `; ` between contacts, `—` for none. */
export function contactsText(contacts: readonly SupplierContact[]): string {
  return contacts.map((c) => [c.name, c.email].filter(Boolean).join(' ')).join('; ') || '—';
}

/** Field labels of the supplier form. */
export const SUPPLIER_FIELD_LABELS: Readonly<Record<string, UiMessageKey>> = {
  name: 'sc.field.name',
  identifier: 'sc.field.identifier',
  country: 'sc.field.country',
  sites: 'sc.field.site',
  contacts: 'sc.field.contacts',
  materials: 'sc.field.materials',
  cnCodes: 'sc.field.cnCodes',
  annualVolume: 'sc.field.annualVolume',
  volumeUnit: 'sc.field.volumeUnit',
  tier: 'sc.field.tier',
  recycled: 'sc.field.recycled',
  spend: 'sc.field.spend',
  leverage: 'sc.field.leverage',
  responseDue: 'sc.field.responseDue',
};

/** What is wrong with the materials as typed, in the UI language, with close matches of the catalogue. */
export function materialsError(page: PageContext, typed: string): string {
  const { t, locale } = page;
  const problems = typed
    .split(/[,;\n]/)
    .map((s) => s.trim())
    .filter(Boolean)
    .map(resolveMaterialText)
    .filter((r) => r.status !== 'found')
    .map((r) => {
      const what = t(
        r.status === 'ambiguous' ? 'sc.suppliers.error.materialAmbiguous' : 'sc.suppliers.error.materialUnknown',
        {
          value: r.text,
        },
      );
      const suggestions = r.suggestions;
      return suggestions.length > 0
        ? `${what} ${t('sc.suppliers.error.didYouMean', { suggestions: suggestions.map((m) => `${m.name[locale]} (${m.id})`).join(', ') })}`
        : `${what} ${t('sc.suppliers.error.materialExample')}`;
    });
  return problems.length > 0 ? problems.join(' ') : t('sc.suppliers.error.materials');
}

/**
 * Field errors of the supplier forms in the UI language: one message per field that names the rule,
 * and for materials each unknown text with close matches from the catalogue.
 */
export function supplierFieldErrors(
  page: PageContext,
  errors: FieldErrors,
  values: Readonly<Record<string, string>>,
): { errors: FieldErrors; summary: string | undefined } {
  const fields = Object.keys(errors).filter((f) => f in SUPPLIER_FIELD_LABELS);
  if (fields.length === 0) return { errors, summary: undefined };
  const localized: Record<string, string> = {};
  for (const field of fields)
    localized[field] =
      field === 'materials'
        ? materialsError(page, values.materials ?? '')
        : page.t(`sc.suppliers.error.${field}` as UiMessageKey);
  const labels = fields.map((f) => page.t(SUPPLIER_FIELD_LABELS[f] as UiMessageKey)).join(', ');
  return { errors: localized, summary: page.t('sc.suppliers.error.summary', { fields: labels }) };
}
