import type { ProfileCondition } from '../profile-traits.js';

/** Handlers of minerals with conflict or child-labour exposure, or companies at or before the smelter. */
export const MINERALS_HANDLER: ProfileCondition = {
  anyOf: ['handles_3tg', 'handles_cobalt_or_mica', 'smelter_refiner', 'upstream'],
};

/** Companies after the smelter that handle minerals covered by the CMRT or EMRT. */
export const DOWNSTREAM_MINERALS: ProfileCondition = {
  allOf: [{ anyOf: ['downstream', 'trader'] }, { anyOf: ['handles_3tg', 'handles_emrt_minerals'] }],
};

/** Companies whose due diligence the minerals guidance or Regulation (EU) 2017/821 asks to have audited. */
export const AUDITED_POINT: ProfileCondition = { anyOf: ['smelter_refiner', 'eu_importer_3tg'] };

/** Importers of 3TG into the EU. */
export const EU_IMPORTER_3TG: ProfileCondition = { anyOf: ['eu_importer_3tg'] };

/** Buyers of scrap and recyclers. */
export const SCRAP_HANDLER: ProfileCondition = { anyOf: ['handles_scrap', 'recycler'] };

/** Companies at or before the smelter, or importing 3TG: red-flag screening is their core task. */
export const RED_FLAG_SCREENER: ProfileCondition = { anyOf: ['upstream', 'smelter_refiner', 'eu_importer_3tg'] };
