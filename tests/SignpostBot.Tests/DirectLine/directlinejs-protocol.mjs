// Drives the real botframework-directlinejs client (the one Web Chat uses) against SignpostBot's built-in
// Direct Line. Run by DirectLineJsTests (xunit) with: node directlinejs-protocol.mjs <scenario>
// Env: BOT_ORIGIN (http://127.0.0.1:port), CLIENTAPP_DIR (where node_modules is), TOKEN_KEY (base64 HMAC key
// the app under test signs with, to make expired and wrongly signed tokens).
import assert from 'node:assert/strict';
import { createHmac, randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(path.join(process.env.CLIENTAPP_DIR, 'package.json'));
// Node has no XMLHttpRequest (DLJS's HTTP) and Node 20 no global WebSocket: the usual polyfills.
globalThis.XMLHttpRequest = require('xhr2');
globalThis.WebSocket = require('ws');
const { DirectLine, ConnectionStatus } = require('botframework-directlinejs');

const origin = process.env.BOT_ORIGIN;
const domain = `${origin}/v3/directline`;
const WAIT_MS = 15000;

async function newToken() {
  const response = await fetch(`${origin}/api/directline/token`, { method: 'POST' });
  assert.equal(response.status, 200, 'token endpoint');
  const body = await response.json();
  assert.equal(body.domain, domain);
  assert.ok(body.token && body.conversationId && body.userId.startsWith('dl_') && body.expires_in > 0);
  return body;
}

/** Collects what a DirectLine instance receives and lets a test wait for a condition with a deadline. */
function observe(directLine) {
  const seen = [];
  const statuses = [];
  const waiters = new Set();
  const check = () => waiters.forEach((w) => w());
  directLine.activity$.subscribe({ next: (a) => { seen.push(a); check(); }, error: () => {} });
  directLine.connectionStatus$.subscribe((s) => { statuses.push(s); check(); });
  const until = (what, predicate) =>
    new Promise((resolve, reject) => {
      // Checked on every activity and status, and every 100 ms for state the client keeps (streamUrl, watermark).
      const poll = setInterval(() => test(), 100);
      const timer = setTimeout(() => { clearInterval(poll); waiters.delete(test); reject(new Error(`timed out waiting for ${what}; saw ${JSON.stringify(seen.map((a) => a.text ?? a.type))} statuses ${statuses}`)); }, WAIT_MS);
      const test = () => {
        const result = predicate();
        if (result) { clearTimeout(timer); clearInterval(poll); waiters.delete(test); resolve(result); }
      };
      waiters.add(test);
      test();
    });
  return { seen, statuses, until };
}

function post(directLine, activity) {
  return new Promise((resolve, reject) => directLine.postActivity(activity).subscribe({ next: resolve, error: reject }));
}

function message(userId, text, clientActivityID) {
  return { type: 'message', from: { id: userId, role: 'user' }, text, locale: 'en-GB', channelData: { clientActivityID } };
}

/** Welcome, then one answer: checks the echo (id + clientActivityID) and the reply's role, replyToId and timestamp. */
async function converse(directLine, watch, userId) {
  await watch.until('the welcome question', () => watch.seen.find((a) => a.text === 'Who are you looking for help for?'));
  const welcome = watch.seen.find((a) => a.text === 'Who are you looking for help for?');
  assert.equal(welcome.from.role, 'bot');
  assert.ok(welcome.suggestedActions.actions.some((x) => x.value === 'For me'));

  const clientActivityID = `client-${randomBytes(4).toString('hex')}`;
  const id = await post(directLine, message(userId, 'For me', clientActivityID));
  assert.ok(typeof id === 'string' && id.length > 0, 'postActivity returns the id');

  const echo = await watch.until('the echo', () => watch.seen.find((a) => a.id === id));
  assert.equal(echo.channelData.clientActivityID, clientActivityID);
  assert.equal(echo.from.id, userId);
  assert.equal(echo.from.role, 'user');
  assert.equal(echo.text, 'For me');

  const reply = await watch.until('the reply', () => watch.seen.find((a) => a.replyToId === id));
  assert.equal(reply.from.role, 'bot');
  assert.equal(reply.text, 'Are you in danger right now?');
  assert.match(reply.timestamp, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/);
  assert.ok(Date.parse(reply.timestamp) >= Date.parse(echo.timestamp));
  const ids = watch.seen.map((a) => a.id);
  assert.equal(new Set(ids).size, ids.length, 'no activity delivered twice');
  return { id, echo, reply };
}

function base64url(buffer) {
  return Buffer.from(buffer).toString('base64').replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
}

function sign(payload, key) {
  const head = base64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
  const body = base64url(JSON.stringify(payload));
  return `${head}.${body}.${base64url(createHmac('sha256', key).update(`${head}.${body}`).digest())}`;
}

function claims(token) {
  return JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8'));
}

async function raw(method, url, token, body) {
  const response = await fetch(url, {
    method,
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: body && JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null };
}

function openSocket(url) {
  return new Promise((resolve) => {
    const ws = new globalThis.WebSocket(url);
    ws.on('open', () => resolve({ open: true, ws }));
    ws.on('unexpected-response', (_, response) => resolve({ open: false, status: response.statusCode }));
    ws.on('error', () => resolve({ open: false, status: 0 }));
  });
}

const scenarios = {
  async websocket() {
    const token = await newToken();
    const directLine = new DirectLine({ domain, token: token.token, webSocket: true });
    const watch = observe(directLine);
    await converse(directLine, watch, token.userId);
    assert.match(directLine.streamUrl, /^ws:\/\/127\.0\.0\.1:\d+\/v3\/directline\/conversations\/[^/]+\/stream\?t=/);
    assert.equal(directLine.conversationId, token.conversationId);
    assert.ok(watch.statuses.includes(ConnectionStatus.Online));
    directLine.end();
  },

  async polling() {
    const token = await newToken();
    const directLine = new DirectLine({ domain, token: token.token, webSocket: false, pollingInterval: 200 });
    const watch = observe(directLine);
    await converse(directLine, watch, token.userId);
    assert.ok(Number(directLine.watermark) >= 4, `watermark advanced (${directLine.watermark})`);
    directLine.end();
  },

  async reconnect() {
    const token = await newToken();
    // random() = 0: directlinejs waits its shortest back-off (3 s) before reconnecting.
    const first = new DirectLine({ domain, token: token.token, webSocket: true, random: () => 0 });
    const watch = observe(first);
    await watch.until('the welcome', () => watch.seen.length >= 2);
    const watermarkBefore = first.watermark;
    assert.ok(watermarkBefore, 'the stream gave a watermark');

    // Another socket on the same conversation closes this one ("collision"): the client must reconnect with its watermark.
    const intruder = await openSocket(first.streamUrl);
    assert.ok(intruder.open);
    intruder.ws.close();
    await watch.until('the reconnect', () => watch.statuses.filter((s) => s === ConnectionStatus.Online).length >= 1 && first.streamUrl.includes('watermark='));
    assert.ok(first.streamUrl.includes(`watermark=${watermarkBefore}`), `reconnected from watermark ${watermarkBefore}: ${first.streamUrl}`);

    const { id } = await converse(first, watch, token.userId);

    // A second client resuming from the watermark before "For me" gets exactly what came after it.
    first.end();
    const second = new DirectLine({ domain, token: token.token, conversationId: token.conversationId, watermark: watermarkBefore, webSocket: true });
    const resumed = observe(second);
    await resumed.until('the replayed answer', () => resumed.seen.find((a) => a.replyToId === id));
    assert.deepEqual(resumed.seen.map((a) => a.text), ['For me', 'Are you in danger right now?']);
    second.end();
  },

  async refresh() {
    const token = await newToken();
    const directLine = new DirectLine({ domain, token: token.token, webSocket: false, pollingInterval: 200 });
    const watch = observe(directLine);
    await watch.until('the welcome', () => watch.seen.length >= 2);

    // What directlinejs's 15-minute refresh loop does, called now: POST tokens/refresh, adopt the new token.
    const refreshed = await new Promise((resolve, reject) => directLine.refreshToken().subscribe({ next: resolve, error: reject }));
    assert.notEqual(refreshed, token.token);
    assert.equal(claims(refreshed).conv, token.conversationId);
    assert.ok(claims(refreshed).exp >= claims(token.token).exp);
    directLine.token = refreshed;
    await converse(directLine, watch, token.userId);
    directLine.end();
  },

  async rejections() {
    const key = Buffer.from(process.env.TOKEN_KEY, 'base64');
    const mine = await newToken();
    const theirs = await newToken();
    // Their conversation has started and holds the welcome.
    assert.equal((await raw('POST', `${domain}/conversations`, theirs.token)).status, 201);
    assert.equal((await raw('POST', `${domain}/conversations`, theirs.token)).status, 200, 'a second start answers 200');
    const theirActivities = `${domain}/conversations/${theirs.conversationId}/activities`;

    // 1. A token for another conversation reads and writes nothing there.
    const read = await raw('GET', `${theirActivities}?watermark=`, mine.token);
    assert.equal(read.status, 403);
    assert.equal(read.body.activities, undefined);
    assert.equal((await raw('POST', theirActivities, mine.token, message(mine.userId, 'hello', 'x'))).status, 403);
    const socket = await openSocket(`${origin.replace('http', 'ws')}/v3/directline/conversations/${theirs.conversationId}/stream?t=${encodeURIComponent(mine.token)}`);
    assert.deepEqual([socket.open, socket.status], [false, 403]);
    const intruder = new DirectLine({ domain, token: mine.token, conversationId: theirs.conversationId, webSocket: false, pollingInterval: 200 });
    const intruderWatch = observe(intruder);
    await intruderWatch.until('the client to give up', () => intruderWatch.statuses.includes(ConnectionStatus.ExpiredToken) || intruderWatch.statuses.includes(ConnectionStatus.FailedToConnect));
    assert.equal(intruderWatch.seen.length, 0, 'nothing of the other conversation was delivered');
    intruder.end();

    // 2. An expired token, genuinely signed: 403 TokenExpired, and the client reports the failure.
    const now = Math.floor(Date.now() / 1000);
    const template = claims(mine.token);
    const expired = sign({ ...template, iat: now - 7200, nbf: now - 7200, exp: now - 3600 }, key);
    const expiredStart = await raw('POST', `${domain}/conversations`, expired);
    assert.equal(expiredStart.status, 403);
    assert.equal(expiredStart.body.error.code, 'TokenExpired');
    assert.equal((await raw('POST', `${domain}/tokens/refresh`, expired)).status, 403, 'an expired token cannot be refreshed');
    const late = new DirectLine({ domain, token: expired, webSocket: true });
    const lateWatch = observe(late);
    await lateWatch.until('FailedToConnect', () => lateWatch.statuses.includes(ConnectionStatus.FailedToConnect));
    late.end();

    // 3. Forged tokens: signed with another key, claims edited under the old signature, or not signed at all.
    const forgedKey = sign({ ...template, conv: theirs.conversationId, user: theirs.userId }, randomBytes(32));
    const [head, , signature] = mine.token.split('.');
    const edited = `${head}.${base64url(JSON.stringify({ ...template, conv: theirs.conversationId, user: theirs.userId }))}.${signature}`;
    const unsigned = `${base64url(JSON.stringify({ alg: 'none', typ: 'JWT' }))}.${base64url(JSON.stringify({ ...template, conv: theirs.conversationId }))}.`;
    for (const forged of [forgedKey, edited, unsigned, 'not-a-token']) {
      assert.equal((await raw('GET', `${theirActivities}?watermark=`, forged)).status, 403);
      assert.equal((await raw('POST', `${domain}/conversations`, forged)).status, 403);
    }

    const forgedClient = new DirectLine({ domain, token: forgedKey, webSocket: true });
    const forgedWatch = observe(forgedClient);
    await forgedWatch.until('FailedToConnect', () => forgedWatch.statuses.includes(ConnectionStatus.FailedToConnect));
    assert.equal(forgedWatch.seen.length, 0);
    forgedClient.end();
  },
};

const name = process.argv[2];
if (!scenarios[name]) {
  console.error(`unknown scenario ${name}; one of ${Object.keys(scenarios).join(', ')}`);
  process.exit(2);
}

try {
  await scenarios[name]();
  console.log(`ok ${name}`);
  process.exit(0);
} catch (error) {
  console.error(`not ok ${name}: ${error.stack || error}`);
  process.exit(1);
}
