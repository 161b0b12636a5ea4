// The one place where message keys and parameters become words, in Bahasa Indonesia or English.
import type { Lang, Params } from '../model/types';
import { id } from './id';
import { en } from './en';

export type MessageKey = keyof typeof id;
export const CATALOGUES: Record<Lang, Readonly<Record<MessageKey, string>>> = { id, en };

/** Render a message; `{name}` placeholders take parameters; a `suggestion` parameter adds the "did you mean" hint. */
export function t(lang: Lang, key: string, params: Params = {}): string {
  const cat = CATALOGUES[lang] as Readonly<Record<string, string>>;
  const template = cat[key] ?? CATALOGUES.id[key as MessageKey] ?? key;
  let text = template.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
  if (params.suggestion !== undefined && !template.includes('{suggestion}')) {
    text += ' ' + cat['hint.did_you_mean'].replace('{suggestion}', String(params.suggestion));
  }
  return text;
}

export const hasMessage = (lang: Lang, key: string): boolean => key in CATALOGUES[lang];
