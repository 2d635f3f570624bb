import type { UiLocale } from './locales.js';
import { interpolate, UI_CATALOGUES } from './ui/translate.js';

/**
 * A field's name for people, from its input path, in `locale`: `owner.password` → "Wachtwoord",
 * `materials.0.originCountries.0` → "Herkomstland 1 van materiaal 1". Positions in lists count from 1.
 * A path without a catalogue name (`field.*`) is named by its last part's name, else "a field" —
 * never by the path itself.
 */
export function fieldLabel(locale: UiLocale, path: string): string {
  const catalogue = UI_CATALOGUES[locale] as Readonly<Record<string, string>>;
  const text = (key: string, params?: Readonly<Record<string, string | number>>) =>
    interpolate(catalogue[key] ?? key, params);
  // `a.0.b.1.c` → [{ names: [a], index: 0 }, { names: [a, b], index: 1 }, { names: [a, b, c] }]
  const parts: { names: string[]; index?: number }[] = [];
  const names: string[] = [];
  for (const segment of path.split('.').filter((s) => s !== '')) {
    const last = parts.at(-1);
    if (/^\d+$/.test(segment) && last && last.index === undefined && last.names.length === names.length)
      last.index = Number(segment);
    else if (!/^\d+$/.test(segment)) {
      names.push(segment);
      parts.push({ names: [...names] });
    }
  }
  const named = (p: { names: string[]; index?: number }): string | undefined => {
    const key = `field.${p.names.join('.')}`;
    if (p.index !== undefined && catalogue[`${key}.item`] !== undefined)
      return text('field.numbered', { label: text(`${key}.item`), n: p.index + 1 });
    if (catalogue[key] === undefined) return undefined;
    return p.index === undefined ? text(key) : text('field.numbered', { label: text(key), n: p.index + 1 });
  };
  // Only the parts that have a name of their own, innermost first; a named container without a
  // position adds nothing ("Country" of "size" is just "Country").
  const labels: string[] = [];
  for (let i = parts.length - 1; i >= 0; i--) {
    const part = parts[i] as { names: string[]; index?: number };
    if (i < parts.length - 1 && part.index === undefined) continue;
    const label = named(part) ?? (i === parts.length - 1 ? namedByLast(part.names) : undefined);
    if (label === undefined) continue;
    // "Material" of "Material 1" is just "Material 1".
    const inner = labels.at(-1);
    if (inner !== undefined && part.index !== undefined && sameName(inner, itemName(part))) labels.pop();
    labels.push(label);
  }
  if (labels.length === 0) {
    // A field inside a named whole without a name of its own (an answer by question code): the whole.
    for (let i = parts.length - 2; i >= 0; i--) {
      const label = named(parts[i] as { names: string[]; index?: number });
      if (label !== undefined) return label;
    }
    return text('field.unnamed');
  }
  return labels.reduce((inner, outer) => text('field.of', { inner, outer: lowerFirst(outer, locale) }));

  function itemName(p: { names: string[] }): string {
    const key = `field.${p.names.join('.')}`;
    return catalogue[`${key}.item`] ?? catalogue[key] ?? '';
  }

  function sameName(a: string, b: string): boolean {
    return a.toLocaleLowerCase(locale) === b.toLocaleLowerCase(locale);
  }

  function namedByLast(chain: string[]): string | undefined {
    const last = chain.at(-1) ?? '';
    const key = `field.${last}`;
    return catalogue[key] === undefined ? undefined : text(key);
  }
}

/** The names of the fields at `paths`, each once, joined as a list in `locale` ("A, B and C"). */
export function fieldLabels(locale: UiLocale, paths: readonly string[]): string {
  const labels = [...new Set(paths.map((p) => fieldLabel(locale, p)))];
  if (labels.length <= 1) return labels[0] ?? fieldLabel(locale, '');
  const catalogue = UI_CATALOGUES[locale] as Readonly<Record<string, string>>;
  return interpolate(catalogue['field.list'] ?? '{first}, {last}', {
    first: labels.slice(0, -1).join(', '),
    last: labels.at(-1) ?? '',
  });
}

/** "Materiaal 1" → "materiaal 1" inside a sentence; names that start with an abbreviation ("CN codes") stay. */
function lowerFirst(label: string, locale: UiLocale): string {
  const [first = '', second = ''] = label;
  if (second !== '' && second === second.toLocaleUpperCase(locale) && second !== second.toLocaleLowerCase(locale))
    return label;
  return first.toLocaleLowerCase(locale) + label.slice(1);
}
