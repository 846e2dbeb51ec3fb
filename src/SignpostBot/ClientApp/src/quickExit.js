// Exit this page, as the GOV.UK Design System component does it: a button (any [data-signpost-exit] element)
// or the Shift key pressed 3 times blanks the page at once, then replaces the location with a neutral site,
// so Back does not return here. onExit runs first (ends the conversation on the server).
import { strings } from './strings.js';

const PRESSES = 3;
const WINDOW_MS = 5000;

export function installQuickExit({ exitUrl, onExit, announce }) {
  let presses = 0;
  let timer = 0;
  let leaving = false;

  function exit(event) {
    if (event) {
      event.preventDefault();
    }

    if (leaving) {
      return;
    }

    leaving = true;
    try {
      onExit();
    } catch {
      // Leaving matters more than tidying up.
    }

    document.title = '';
    document.body.innerHTML = '';
    document.body.style.background = '#fff';
    window.location.replace(exitUrl);
  }

  document.addEventListener(
    'click',
    (event) => {
      const target = event.target instanceof Element ? event.target.closest('[data-signpost-exit]') : null;
      if (target) {
        exit(event);
      }
    },
    true
  );

  document.addEventListener(
    'keydown',
    (event) => {
      if (event.key !== 'Shift') {
        presses = 0;
      }
    },
    true
  );

  document.addEventListener(
    'keyup',
    (event) => {
      if (event.key !== 'Shift') {
        return;
      }

      presses += 1;
      window.clearTimeout(timer);
      timer = window.setTimeout(() => {
        presses = 0;
      }, WINDOW_MS);
      if (presses >= PRESSES) {
        exit();
      } else {
        announce(strings.shiftCount(PRESSES - presses));
      }
    },
    true
  );

  return exit;
}
