// Renders the bot's hero cards ourselves: call buttons become real tel: links (they dial on a phone),
// website buttons become links that open in a new tab. Only safe schemes are ever linked.
import React from 'react';
import { strings } from './strings.js';

const h = React.createElement;
const HERO = 'application/vnd.microsoft.card.hero';

function actionLink(action, index) {
  if (!action || typeof action.value !== 'string') {
    return null;
  }

  if (action.type === 'call') {
    const tel = action.value.startsWith('tel:') ? action.value : `tel:${action.value}`;
    return /^tel:\+?[0-9]{2,15}$/.test(tel) ? h('a', { key: index, className: 'sbw-action sbw-action--call', href: tel }, action.title) : null;
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
    content.title ? h('p', { className: 'sbw-card__title' }, content.title) : null,
    content.subtitle ? h('p', { className: 'sbw-card__subtitle' }, content.subtitle) : null,
    content.text ? h('p', { className: 'sbw-card__text' }, content.text) : null,
    links.length ? h('ul', { className: 'sbw-card__actions' }, links.map((link, i) => h('li', { key: i }, link))) : null
  );
}

export const heroCardMiddleware = () => (next) => (card) =>
  card && card.attachment && card.attachment.contentType === HERO
    ? h(HeroCard, { content: card.attachment.content || {} })
    : next(card);
