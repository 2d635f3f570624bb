export { en as UI_MESSAGES_EN, type UiMessageKey } from './en.js';
export { interpolate, negotiateLocale, type Translate, translator, UI_CATALOGUES } from './translate.js';
