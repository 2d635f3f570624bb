/** The languages of the product UI. Every UI string exists in each of them. */
export const UI_LOCALES = ['nl', 'en'] as const;
export type UiLocale = (typeof UI_LOCALES)[number];

/** The languages of the public grievance channel: the UI languages plus German and French. */
export const PUBLIC_LOCALES = ['nl', 'en', 'de', 'fr'] as const;
export type PublicLocale = (typeof PUBLIC_LOCALES)[number];

/** A text in every UI language, for data that carries its own translations (themes, questions). */
export type LocalizedText = Readonly<Record<UiLocale, string>>;

/**
 * A module's message catalogue: one flat key → text map per locale. Keys are prefixed with the
 * module name (`grievances.form.title`). `{name}` placeholders are filled by `translate()`.
 * The catalogue test fails when any key is missing in any locale of the bundle.
 */
export type MessageBundle<L extends string = UiLocale> = Readonly<Record<L, Readonly<Record<string, string>>>>;
