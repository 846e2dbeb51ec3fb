// Every sentence the widget shows, in the widget's language. They are content, not code: the server puts them in the
// bundle's configuration (__signpostBotConfig.languages[].strings) from dialogs/locales/ (the English in
// dialogs/locales/en.yaml). The numbers themselves come from the bot's knowledge/ via the server.
/* global __signpostBotConfig */
const config = typeof __signpostBotConfig === 'object' && __signpostBotConfig ? __signpostBotConfig : {};

/** The languages the widget's picker offers: { language, name, direction, helplines, strings }. */
export const languages = Array.isArray(config.languages) ? config.languages : [];

/** The language the widget shows now; it starts as the one the server chose, and only the picker changes it (nothing stores it). */
export let current = languages.find((l) => l.language === config.language) || languages[0] || { language: 'en-GB', direction: 'ltr', helplines: [], strings: {} };

export function useLanguage(language) {
  current = languages.find((l) => l.language === language) || current;
  return current;
}

const text = (key) => (current.strings && current.strings[key]) || '';
// The server's TextFormatter fills {name} the same way: every occurrence, nothing else touched.
const fill = (template, name, value) => template.split(`{${name}}`).join(String(value));

export const strings = {
  get launcher() { return text('launcher'); },
  get panelTitle() { return text('panelTitle'); },
  get panelIntro() { return text('panelIntro'); },
  get close() { return text('close'); },
  get dangerPrefix() { return text('dangerPrefix'); },
  get exit() { return text('exit'); },
  get exitHint() { return text('exitHint'); },
  get language() { return text('language'); },
  shiftCount: (left) => (left === 1 ? text('shiftCountOne') : fill(text('shiftCountOther'), 'left', left)),
  get connecting() { return text('connecting'); },
  get connected() { return text('connected'); },
  get unavailable() { return text('unavailable'); },
  call: (display) => fill(text('call'), 'number', display),
  get opensNewTab() { return text('opensNewTab'); },
};
