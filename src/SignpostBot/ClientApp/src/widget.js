// SignpostBot's embeddable chat: one <script src=".../widget.js"> adds a launcher button and a chat panel
// with Bot Framework Web Chat. Nothing is stored in the browser; a reload starts a fresh conversation.
// The server wraps this bundle with its configuration (__signpostBotConfig): emergency number, exit URL, and the
// texts and helplines of each language the widget offers. A language picked in the widget changes it in place:
// no reload, nothing stored.
import { DirectLine } from 'botframework-directlinejs';
import { createStore, renderWebChat } from 'botframework-webchat-minimal';
import css from './widget.css';
import { heroCardMiddleware } from './heroCard.js';
import { setNonce } from './nonce.js';
import { installQuickExit } from './quickExit.js';
import { current, languages, strings, useLanguage } from './strings.js';

/* global __signpostBotConfig */
const config = typeof __signpostBotConfig === 'object' && __signpostBotConfig ? __signpostBotConfig : {};
const script = document.currentScript;
const nonce = (script && script.nonce) || undefined;
setNonce(nonce);
// The app that served this script: its token endpoint and Direct Line live there, whatever site embeds it.
const appBase = script && script.src ? new URL('.', script.src).href.replace(/\/$/, '') : window.location.origin;
// data-chrome="host": the page already shows the safety strip and Exit this page (as SignpostBot's own page does).
const hostChrome = script && script.dataset.chrome === 'host';

let session = null;

function el(tag, attributes, ...children) {
  const node = document.createElement(tag);
  Object.entries(attributes || {}).forEach(([name, value]) => {
    if (value !== undefined && value !== null && value !== false) {
      node.setAttribute(name, value === true ? '' : String(value));
    }
  });
  children.flat().forEach((child) => child !== null && child !== undefined && node.append(child));
  return node;
}

// dir="ltr" isolates the number: it reads as dialled on a right-to-left page too.
function telLink(phone, className) {
  return el('a', { href: phone.tel, class: className, dir: 'ltr' }, phone.display);
}

function fallback() {
  return el(
    'div',
    { class: 'sbw-fallback' },
    el('p', null, strings.unavailable),
    el(
      'ul',
      null,
      (config.emergency || []).slice(0, 1).concat(current.helplines || []).map((phone) =>
        el(
          'li',
          null,
          phone.name ? el('bdi', null, phone.name) : null,
          phone.countryOnly ? ` (${phone.countryOnly})` : null,
          phone.name ? ': ' : null,
          telLink(phone, 'sbw-action sbw-action--call')
        )
      )
    )
  );
}

function endOnServer() {
  if (!session) {
    return;
  }

  const { token, directLine } = session;
  session = null;
  // A beacon outlives the page and needs no CORS preflight: the conversation ends even as we navigate away.
  const body = new Blob([JSON.stringify({ token: token.token, conversationId: token.conversationId, userId: token.userId })], { type: 'text/plain' });
  if (!(navigator.sendBeacon && navigator.sendBeacon(`${appBase}/api/directline/end`, body))) {
    fetch(`${appBase}/api/directline/end`, { method: 'POST', body, keepalive: true, credentials: 'omit' }).catch(() => {});
  }

  directLine.end();
}

// Web Chat's props but the language, which the picker may change; the store sends what the picker says to the bot.
let chat = null;

function renderChat(chatArea) {
  renderWebChat({ ...chat.props, locale: current.language, dir: current.direction }, chatArea);
}

async function connect(chatArea, status, showFallback) {
  status.textContent = strings.connecting;
  let token;
  try {
    const response = await fetch(`${appBase}/api/directline/token`, { method: 'POST', credentials: 'omit', cache: 'no-store' });
    if (!response.ok) {
      throw new Error(String(response.status));
    }

    token = await response.json();
  } catch {
    status.textContent = '';
    showFallback();
    return;
  }

  // The conversation starts in the widget's language (the greeting too), and Web Chat's messages carry it as their
  // locale; the bot answers in it until the person chooses or writes another. Not the host page's lang: a partner
  // site's page may be in another language than the widget.
  const directLine = new DirectLine({ domain: token.domain, token: token.token, webSocket: true, conversationStartProperties: { locale: current.language } });
  session = { token, directLine };
  chat = {
    store: createStore(),
    props: {
      directLine,
      userID: token.userId,
      nonce,
      sendTypingIndicator: false,
      attachmentMiddleware: heroCardMiddleware,
      styleOptions: {
        accent: '#1d70b8',
        primaryFont: 'Arial, Helvetica, sans-serif',
        bubbleBorderRadius: 8,
        bubbleFromUserBorderRadius: 8,
        bubbleFromUserBackground: '#e8f1f8',
        bubbleMaxWidth: 560,
        hideUploadButton: true,
        sendBoxHeight: 52,
        sendBoxButtonColor: '#1d70b8',
        subtle: '#505a5f',
        timestampColor: '#505a5f',
        suggestedActionLayout: 'stacked',
        suggestedActionHeight: 44,
        suggestedActionBorderRadius: 4,
        suggestedActionBorderWidth: 2,
        suggestedActionTextColor: '#0b0c0c',
        suggestedActionBorderColor: '#1d70b8',
      },
    },
  };
  chat.props.store = chat.store;
  renderChat(chatArea);
  status.textContent = strings.connected;
}

/** The picker: a disclosure with one button per language, each by its own name in its own language and direction. */
function languagePicker(onChoose) {
  const label = el('span', null);
  const chosen = el('span', null);
  const summary = el('summary', { class: 'sbw-languages__summary' }, label, ': ', chosen);
  const buttons = languages.map((language) => {
    const button = el('button', { type: 'button', class: 'sbw-languages__choice', lang: language.language, dir: language.direction }, language.name);
    button.addEventListener('click', () => onChoose(language));
    return { language, button };
  });
  const picker = el('details', { class: 'sbw-languages' }, summary, el('ul', { class: 'sbw-languages__list' }, buttons.map(({ button }) => el('li', null, button))));
  function paint() {
    label.textContent = strings.language;
    chosen.textContent = current.name || '';
    chosen.lang = current.language;
    chosen.dir = current.direction;
    buttons.forEach(({ language, button }) => {
      if (language === current) {
        button.setAttribute('aria-current', 'true');
      } else {
        button.removeAttribute('aria-current');
      }
    });
  }

  return { picker, summary, paint };
}

function build() {
  const style = el('style', { nonce });
  style.textContent = css;
  document.head.append(style);

  const live = el('div', { class: 'sbw-visually-hidden', role: 'status', 'aria-live': 'polite' });
  // For screen readers: Web Chat shows its own connection notice on screen.
  const status = el('p', { class: 'sbw-visually-hidden', role: 'status', 'aria-live': 'polite' });
  const chatArea = el('div', { class: 'sbw-webchat' });
  const close = el('button', { type: 'button', class: 'sbw-close' });
  const title = el('h2', { class: 'sbw-title', id: 'sbw-title' });
  const intro = el('p', { class: 'sbw-intro' });
  // On a site of its own (not SignpostBot's page, which has both) the widget brings the safety strip and a picker.
  const emergency = config.emergency && config.emergency[0];
  const dangerPrefix = el('span', null);
  const exit = el('a', { class: 'sbw-exit', href: config.exitUrl, 'data-signpost-exit': true, rel: 'nofollow noreferrer' });
  const strip = hostChrome
    ? null
    : el('div', { class: 'sbw-strip' }, el('p', { class: 'sbw-strip__text' }, dangerPrefix, ' ', emergency ? telLink(emergency, 'sbw-strip__tel') : null), exit);
  const picker = hostChrome || languages.length < 2 ? null : languagePicker(choose);
  const panel = el(
    'section',
    { class: 'sbw-panel', id: 'sbw-panel', 'aria-labelledby': 'sbw-title', hidden: true },
    strip,
    el('div', { class: 'sbw-header' }, title, close),
    picker ? picker.picker : null,
    intro,
    status,
    chatArea
  );
  const launcher = el('button', { type: 'button', class: 'sbw-launcher', 'aria-expanded': 'false', 'aria-controls': 'sbw-panel' });
  const root = el('div', { class: 'sbw-root' }, panel, launcher, live);
  document.body.append(root);

  let fallbackShown = false;
  function showFallback() {
    fallbackShown = true;
    chatArea.replaceChildren(fallback());
  }

  // Every text of the widget in its current language; lang and dir on its root, whatever the host page's are.
  function paint() {
    root.lang = current.language;
    root.dir = current.direction;
    launcher.textContent = strings.launcher;
    close.textContent = strings.close;
    title.textContent = strings.panelTitle;
    intro.textContent = `${strings.panelIntro} ${strings.exitHint}`;
    dangerPrefix.textContent = strings.dangerPrefix;
    exit.textContent = strings.exit;
    if (picker) {
      picker.paint();
    }

    if (fallbackShown) {
      showFallback();
    }
  }

  // A language chosen in the widget: its texts change at once; a chat already under way is told by the language's own
  // name, as if the person typed it, so the bot switches too (and offers the way back).
  function choose(language) {
    const before = current;
    useLanguage(language.language);
    picker.picker.open = false;
    paint();
    picker.summary.focus();
    if (chat && before !== current) {
      renderChat(chatArea);
      chat.store.dispatch({ type: 'WEB_CHAT/SEND_MESSAGE', payload: { text: current.name } });
    }
  }

  paint();

  // On the host's own page the panel sits below its safety strip, so 999 and Exit this page stay in sight.
  const hostStrip = hostChrome ? document.querySelector('[data-signpost-strip]') : null;
  function keepStripVisible() {
    if (hostStrip) {
      root.style.setProperty('--sbw-top', `${Math.max(0, hostStrip.getBoundingClientRect().bottom)}px`);
    }
  }

  window.addEventListener('resize', keepStripVisible);
  window.addEventListener('scroll', keepStripVisible, { passive: true });

  let started = false;
  function open() {
    keepStripVisible();
    panel.hidden = false;
    launcher.hidden = true;
    launcher.setAttribute('aria-expanded', 'true');
    if (!started) {
      started = true;
      connect(chatArea, status, showFallback);
    }

    close.focus();
  }

  function shut() {
    panel.hidden = true;
    launcher.hidden = false;
    launcher.setAttribute('aria-expanded', 'false');
    launcher.focus();
  }

  launcher.addEventListener('click', open);
  close.addEventListener('click', shut);
  panel.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      shut();
    }
  });

  installQuickExit({
    exitUrl: config.exitUrl || 'about:blank',
    onExit: endOnServer,
    announce: (text) => {
      live.textContent = text;
    },
  });
}

if (document.body) {
  build();
} else {
  document.addEventListener('DOMContentLoaded', build, { once: true });
}
