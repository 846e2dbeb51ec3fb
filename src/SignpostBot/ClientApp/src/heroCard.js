// Renders the bot's hero cards ourselves: call buttons become real tel: links (they dial on a phone),
// website buttons become links that open in a new tab. Only safe schemes are ever linked.
import React from 'react';
import { isolateNumbers, splitNumbers } from './bidi.js';
import { strings } from './strings.js';

const h = React.createElement;
const HERO = 'application/vnd.microsoft.card.hero';
const TEXT = ['text/plain', 'text/markdown'];

/** Text with its phone numbers as <bdi dir="ltr">: readable in a right-to-left card, the same in any other. */
function withNumbers(text) {
  return splitNumbers(text).map((part, i) => (typeof part === 'string' ? part : h('bdi', { key: i, dir: 'ltr' }, part.number)));
}

function actionLink(action, index) {
  if (!action || typeof action.value !== 'string') {
    return null;
  }

  if (action.type === 'call') {
    const tel = action.value.startsWith('tel:') ? action.value : `tel:${action.value}`;
    return /^tel:\+?[0-9]{2,15}$/.test(tel) ? h('a', { key: index, className: 'sbw-action sbw-action--call', href: tel }, withNumbers(action.title)) : null;
  }

  if (action.type === 'openUrl') {
    let url;
    try {
      url = new URL(action.value);
    } catch {
      return null;
    }

    if (url.protocol === 'mailto:') {
      return h('a', { key: index, className: 'sbw-action', href: url.href }, action.title);
    }

    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
      return null;
    }

    return h(
      'a',
      { key: index, className: 'sbw-action', href: url.href, target: '_blank', rel: 'noopener noreferrer' },
      action.title,
      h('span', { className: 'sbw-visually-hidden' }, ` ${strings.opensNewTab}`)
    );
  }

  return null;
}

function HeroCard({ content }) {
  const links = (Array.isArray(content.buttons) ? content.buttons : []).map(actionLink).filter(Boolean);
  return h(
    'div',
    { className: 'sbw-card' },
    content.title ? h('p', { className: 'sbw-card__title' }, withNumbers(content.title)) : null,
    content.subtitle ? h('p', { className: 'sbw-card__subtitle' }, withNumbers(content.subtitle)) : null,
    content.text ? h('p', { className: 'sbw-card__text' }, withNumbers(content.text)) : null,
    links.length ? h('ul', { className: 'sbw-card__actions' }, links.map((link, i) => h('li', { key: i }, link))) : null
  );
}

// A message's own text reaches this middleware as a text attachment: Web Chat renders it, with its numbers isolated.
export const heroCardMiddleware = () => (next) => (card) => {
  const attachment = card && card.attachment;
  if (attachment && attachment.contentType === HERO) {
    return h(HeroCard, { content: attachment.content || {} });
  }

  if (attachment && TEXT.includes(attachment.contentType) && typeof attachment.content === 'string') {
    return next({ ...card, attachment: { ...attachment, content: isolateNumbers(attachment.content) } });
  }

  return next(card);
};
