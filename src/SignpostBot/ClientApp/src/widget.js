// SignpostBot's embeddable chat: one <script src=".../widget.js"> adds a launcher button and a chat panel
// with Bot Framework Web Chat. Nothing is stored in the browser; a reload starts a fresh conversation.
// The server wraps this bundle with its configuration (__signpostBotConfig): emergency number, helplines, exit URL.
import { DirectLine } from 'botframework-directlinejs';
import { renderWebChat } from 'botframework-webchat-minimal';
import css from './widget.css';
import { heroCardMiddleware } from './heroCard.js';
import { setNonce } from './nonce.js';
import { installQuickExit } from './quickExit.js';
import { strings } from './strings.js';

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

function telLink(phone, className) {
  return el('a', { href: phone.tel, class: className }, phone.display);
}

function safetyStrip() {
  const emergency = config.emergency && config.emergency[0];
  return el(
    'div',
    { class: 'sbw-strip' },
    el('p', { class: 'sbw-strip__text' }, strings.dangerPrefix, ' ', emergency ? telLink(emergency, 'sbw-strip__tel') : null),
    el('a', { class: 'sbw-exit', href: config.exitUrl, 'data-signpost-exit': true, rel: 'nofollow noreferrer' }, strings.exit)
  );
}

function fallback() {
  return el(
    'div',
    { class: 'sbw-fallback' },
    el('p', null, strings.unavailable),
    el(
      'ul',
      null,
      (config.emergency || []).slice(0, 1).concat(config.helplines || []).map((phone) =>
        el('li', null, phone.name ? `${phone.name}: ` : '', telLink(phone, 'sbw-action sbw-action--call'))
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

async function connect(chatArea, status) {
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
    chatArea.replaceChildren(fallback());
    return;
  }

  const directLine = new DirectLine({ domain: token.domain, token: token.token, webSocket: true });
  session = { token, directLine };
  renderWebChat(
    {
      directLine,
      userID: token.userId,
      locale: document.documentElement.lang || 'en-GB',
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
    chatArea
  );
  status.textContent = strings.connected;
}

function build() {
  const style = el('style', { nonce });
  style.textContent = css;
  document.head.append(style);

  const live = el('div', { class: 'sbw-visually-hidden', role: 'status', 'aria-live': 'polite' });
  // For screen readers: Web Chat shows its own connection notice on screen.
  const status = el('p', { class: 'sbw-visually-hidden', role: 'status', 'aria-live': 'polite' });
  const chatArea = el('div', { class: 'sbw-webchat' });
  const close = el('button', { type: 'button', class: 'sbw-close' }, strings.close);
  const panel = el(
    'section',
    { class: 'sbw-panel', id: 'sbw-panel', 'aria-labelledby': 'sbw-title', hidden: true },
    hostChrome ? null : safetyStrip(),
    el('div', { class: 'sbw-header' }, el('h2', { class: 'sbw-title', id: 'sbw-title' }, strings.panelTitle), close),
    el('p', { class: 'sbw-intro' }, strings.panelIntro, ' ', strings.exitHint),
    status,
    chatArea
  );
  const launcher = el('button', { type: 'button', class: 'sbw-launcher', 'aria-expanded': 'false', 'aria-controls': 'sbw-panel' }, strings.launcher);
  const root = el('div', { class: 'sbw-root' }, panel, launcher, live);
  document.body.append(root);

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
      connect(chatArea, status);
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
