/**
 * The enumerations of the schema, apart from it so the content script can use them without bundling
 * the validator. schema.ts builds its enums from these lists.
 */
export const LANGS = ['nl', 'en', 'de', 'fr'] as const;
export type Lang = (typeof LANGS)[number];

export const CATEGORIES = [
  'unit',
  'force',
  'organisation',
  'command',
  'commitment',
  'role',
  'rank',
  'weapon',
  'concept',
] as const;
export type Category = (typeof CATEGORIES)[number];
