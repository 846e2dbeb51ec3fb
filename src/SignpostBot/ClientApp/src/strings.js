// Every sentence the widget shows. Short and plain: the reader may be frightened, young, or reading in a
// second language. The numbers themselves come from the bot's knowledge/ via the server.
export const strings = {
  launcher: 'Start a chat',
  panelTitle: 'Chat about getting help',
  panelIntro: 'You do not have to give your name. This chat is not saved.',
  close: 'Close chat',
  dangerPrefix: 'In immediate danger? Call',
  exit: 'Exit this page',
  exitHint: 'Press Shift 3 times to leave this page quickly.',
  shiftCount: (left) => (left === 1 ? 'Shift: press 1 more time to exit.' : `Shift: press ${left} more times to exit.`),
  connecting: 'Connecting to the chat…',
  connected: 'Chat ready. Type a message or choose an answer.',
  unavailable: 'Sorry, the chat is not working right now. You can still call for help:',
  call: (display) => `Call ${display}`,
  opensNewTab: '(opens in a new tab)',
};
