// Every sentence the widget shows, in the page's language. They are content, not code: the server puts them in the
// bundle's configuration (__signpostBotConfig.strings) from dialogs/locales/ (the English in dialogs/locales/en.yaml).
// The numbers themselves come from the bot's knowledge/ via the server.
/* global __signpostBotConfig */
const given = typeof __signpostBotConfig === 'object' && __signpostBotConfig && __signpostBotConfig.strings ? __signpostBotConfig.strings : {};
const text = (key) => given[key] || '';
// The server's TextFormatter fills {name} the same way: every occurrence, nothing else touched.
const fill = (template, name, value) => template.split(`{${name}}`).join(String(value));

export const strings = {
  launcher: text('launcher'),
  panelTitle: text('panelTitle'),
  panelIntro: text('panelIntro'),
  close: text('close'),
  dangerPrefix: text('dangerPrefix'),
  exit: text('exit'),
  exitHint: text('exitHint'),
  shiftCount: (left) => (left === 1 ? text('shiftCountOne') : fill(text('shiftCountOther'), 'left', left)),
  connecting: text('connecting'),
  connected: text('connected'),
  unavailable: text('unavailable'),
  call: (display) => fill(text('call'), 'number', display),
  opensNewTab: text('opensNewTab'),
};
