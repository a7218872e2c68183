/**
 * Online background (issue 6) in both browsers, against the fake Wikipedia/Wikidata server on 127.0.0.1
 * set as the custom endpoint (a self-hosted mirror): the first-run question, the privacy switch (no request
 * at all when off), success with attribution, redirect, disambiguation (unsure), missing page, and the
 * faults 429 with Retry-After, 500, a slow server and malformed JSON. Whatever the server does, the reader
 * shows the article and the story's own notes, and nothing escapes as an unhandled rejection in the
 * background: the background logs escaped errors to storage.local (src/background/error-log.ts), and each
 * test first proves that log catches a deliberate unhandled rejection there. The cache is checked across a
 * restart of the background: a stop of the service worker in Chromium, a reload of the event page in Firefox.
 */
import assert from 'node:assert/strict';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';
import { clickFirst, openReaderOn, waitForArticle, waitForNotes, waitIn } from '../ui-lib.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ARTICLE = 'wp-news-article';
const ERROR_LOG_KEY = 'lede.errors';
const PROBE = 'lede-e2e-probe';

/** @returns {Promise<import('../../fake-wiki/server.ts').FakeWiki>} */
async function startWiki() {
  const mod = await tsImport(resolve(HERE, '../../fake-wiki/server.ts'), import.meta.url);
  return mod.startFakeWiki();
}

/** Fresh storage (no cache, no error log) and the given settings, written from the options page. */
async function prepare(ctx, settings) {
  const helper = await ctx.openExtensionPage('options/index.html');
  await helper.evaluate(async (s) => {
    const api = globalThis.browser ?? globalThis.chrome;
    await api.storage.sync?.clear();
    await api.storage.local.clear();
    await api.storage.local.set({ settings: { version: 2, ...s } });
  }, settings);
  return helper;
}

/** The errors the background logged as escaping every handler. */
function escapedErrors(helper) {
  return helper.evaluate(async (key) => {
    const api = globalThis.browser ?? globalThis.chrome;
    return (await api.storage.local.get(key))[key] ?? [];
  }, ERROR_LOG_KEY);
}

/**
 * Makes a real unhandled rejection in the background and waits for the log to show it, so an empty log
 * later means "nothing escaped" and not "the log does not work". Chromium: evaluated in the service
 * worker; Firefox: in the event page, reached through runtime.getBackgroundPage().
 */
async function probeErrorLog(ctx, helper) {
  if (ctx.browser === 'chromium') {
    // A message (any) wakes the service worker if it was stopped while idle.
    await helper.evaluate(() => chrome.runtime.sendMessage({ ping: 1 }).catch(() => undefined));
    const context = /** @type {import('playwright-core').BrowserContext} */ (ctx.driver.raw);
    const worker = await serviceWorker(context, ctx.driver.extensionBase);
    await worker.evaluate((msg) => {
      void Promise.reject(new Error(msg));
    }, PROBE);
  } else {
    await helper.evaluate(async (msg) => {
      const bg = await browser.runtime.getBackgroundPage();
      void bg.Promise.reject(new bg.Error(msg));
    }, PROBE);
  }
  await waitIn(
    helper,
    async ([key, msg]) => {
      const api = globalThis.browser ?? globalThis.chrome;
      const log = (await api.storage.local.get(key))[key] ?? [];
      return log.some((e) => e.message.includes(msg));
    },
    [ERROR_LOG_KEY, PROBE],
    'the probe rejection in the background’s error log',
    8000,
  );
  await helper.evaluate(
    (key) => (globalThis.browser ?? globalThis.chrome).storage.local.remove(key),
    ERROR_LOG_KEY,
  );
}

/** The extension's service worker in Chromium (woken by opening a page that messages it, if needed). */
async function serviceWorker(context, base) {
  const found = context.serviceWorkers().find((w) => w.url().startsWith(base));
  return (
    found ??
    (await context.waitForEvent('serviceworker', {
      predicate: (w) => w.url().startsWith(base),
      timeout: 10000,
    }))
  );
}

/**
 * Restarts Firefox's background event page (its JavaScript state, in-memory caches included, starts afresh;
 * storage stays), and checks it really did: a marker set on the old page's global is gone on the new one.
 * Firefox offers no way to make an event page suspend on demand, so a reload stands in for it.
 */
async function reloadEventPage(helper) {
  await helper.evaluate(async () => {
    const bg = await browser.runtime.getBackgroundPage();
    bg.ledeE2eMarker = 1;
    bg.location.reload();
  });
  await helper.waitFor(
    async () => {
      const bg = await browser.runtime.getBackgroundPage().catch(() => null);
      return !!bg && bg.document.readyState === 'complete' && bg.ledeE2eMarker === undefined;
    },
    undefined,
    { what: 'the background page to start afresh', timeout: 10000 },
  );
}

/** In the popup, the notes are a panel of their own: switch to it, as a reader would, to see the question. */
async function showNotes(popup) {
  await clickFirst(popup, '.lede-switch-button', '^Notes');
}

/** Waits until the reader's online lookups have finished (or were never to run). */
function lookupsSettled(popup) {
  return waitIn(
    popup,
    () => {
      const s = document.querySelector('[data-lede="lookup"]')?.getAttribute('data-state');
      return s === 'done' || s === 'off';
    },
    undefined,
    'online lookups finished',
    30000,
  );
}

/**
 * Stops the extension's service worker in Chromium, as the browser does when it is idle, through the
 * DevTools ServiceWorker domain of one of the extension's own pages (same origin as the worker), and waits
 * until DevTools reports it stopped.
 */
async function stopServiceWorker(ctx, helper) {
  const context = /** @type {import('playwright-core').BrowserContext} */ (ctx.driver.raw);
  const script = `${ctx.driver.extensionBase}background.js`;
  const cdp = await context.newCDPSession(helper.raw);
  let stopped = () => undefined;
  const seen = [];
  const done = new Promise((r) => (stopped = r));
  cdp.on('ServiceWorker.workerVersionUpdated', (e) => {
    for (const v of e.versions) {
      if (v.scriptURL !== script) continue;
      seen.push(v.runningStatus);
      if (v.runningStatus === 'stopped' && seen.includes('stopping')) stopped();
    }
  });
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  let timer;
  try {
    await Promise.race([
      done,
      new Promise((_, reject) => {
        timer = setTimeout(
          () => reject(new Error(`the service worker did not stop (${seen.join(' → ')})`)),
          10000,
        );
      }),
    ]);
  } finally {
    clearTimeout(timer);
    await cdp.detach().catch(() => undefined);
  }
}

/** Opens the reader on the article and waits for the article, its notes, and (by default) the lookups. */
async function readArticle(ctx, { settle = true } = {}) {
  const f = ctx.server.fixtures.get(ARTICLE);
  const { popup } = await openReaderOn(ctx, ctx.server.urlOf(ARTICLE));
  await waitForArticle(popup, f.title);
  await waitForNotes(popup);
  if (settle) await lookupsSettled(popup);
  return { popup, f };
}

/** Waits until the stored `lookups` setting is `value` (the reader saves to storage.sync when it can). */
function waitForSaved(helper, value) {
  return helper.waitFor(
    async (v) => {
      const api = globalThis.browser ?? globalThis.chrome;
      const sync = api.storage.sync ? (await api.storage.sync.get('settings')).settings : undefined;
      return (sync ?? (await api.storage.local.get('settings')).settings)?.lookups === v;
    },
    value,
    { what: `lookups saved as ${value}` },
  );
}

/** What the notes panel shows, per note. */
function notesShown() {
  const norm = (s) => (s ?? '').replace(/\s+/g, ' ').trim();
  return [...document.querySelectorAll('.lede-note')].map((n) => ({
    name: norm(n.querySelector('.lede-note-name')?.textContent),
    quotes: n.querySelectorAll('.lede-context li').length,
    source: n.querySelector('.lede-summary')?.getAttribute('data-source') ?? null,
    summary: norm(n.querySelector('.lede-summary p[dir]')?.textContent),
    sourceLine: norm(n.querySelector('.lede-source')?.textContent),
    links: [...n.querySelectorAll('.lede-source a')].map((a) => a.href),
    unsure: !!n.querySelector('.lede-unsure'),
    alternatives: n.querySelectorAll('.lede-alternatives li').length,
  }));
}

/** The article and the story's own notes are all there (the same notes and quotes as with lookups off). */
async function assertStoryIntact(popup, f, baseline) {
  const paragraphs = await popup.evaluate(() =>
    [...document.querySelectorAll('.lede-body p')].map((p) => p.textContent.replace(/\s+/g, ' ').trim()),
  );
  assert.equal(paragraphs[0], f.firstParagraph, 'the article is shown');
  const notes = await popup.evaluate(notesShown);
  if (baseline) {
    assert.deepEqual(
      notes.map((n) => n.name),
      baseline.map((n) => n.name),
      'the same notes as without lookups',
    );
    for (const b of baseline) {
      const n = notes.find((x) => x.name === b.name);
      assert.equal(n.quotes, b.quotes, `${b.name} keeps what the story says about it`);
      if (b.source) assert.ok(n.source, `${b.name} keeps a summary`);
    }
  }
  return notes;
}

/** Runs `body` with a fake wiki and the reader's settings pointing at it; checks the background stayed clean. */
async function withWiki(ctx, settings, body) {
  const wiki = await startWiki();
  try {
    const helper = await prepare(ctx, { customEndpoint: wiki.url, ...settings });
    await probeErrorLog(ctx, helper);
    await body(wiki, helper);
    // Late answers (a timed-out request finishing) must not escape either.
    await new Promise((r) => setTimeout(r, 300));
    assert.deepEqual(await escapedErrors(helper), [], 'no unhandled rejection or error in the background');
  } finally {
    await wiki.close();
  }
}

/** Note lists seen with lookups off, per browser: the baseline every fault must leave intact. */
const baselines = new Map();

const FAULTS = [
  {
    name: '429 with Retry-After: waits, retries, then shows the summary',
    mode: { kind: 'rate-limit', times: 1, retryAfter: '1' },
    summary: true,
  },
  { name: '500 from the server', mode: { kind: 'error', status: 500 }, summary: false },
  { name: 'malformed JSON', mode: { kind: 'malformed' }, summary: false },
  {
    name: 'a server slower than the timeout',
    mode: { kind: 'slow', delayMs: 7000 },
    summary: false,
    slow: true,
  },
];

/** @type {import('../lib/suite.mjs').E2ETest[]} */
export default [
  {
    name: 'privacy switch off: the fake wiki sees no request; the notes show the story and bundled facts',
    timeout: 60000,
    async run(ctx) {
      await withWiki(ctx, { lookups: 'off' }, async (wiki) => {
        const { popup, f } = await readArticle(ctx);
        const notes = await assertStoryIntact(popup, f, null);
        assert.ok(notes.length >= 3, `notes shown (${notes.length})`);
        assert.ok(
          notes.some((n) => n.quotes > 0),
          'notes quote the story',
        );
        assert.ok(!notes.some((n) => n.source === 'wikipedia'), 'no Wikipedia summary');
        // Give a lookup every chance to happen before counting.
        await new Promise((r) => setTimeout(r, 1500));
        assert.equal(wiki.requests.length, 0, `requests: ${wiki.requests.map((r) => r.path).join(', ')}`);
        baselines.set(ctx.browser, notes);
      });
    },
  },
  {
    name: 'first run: one question in the notes (dark theme); "No" switches lookups off and sends nothing',
    timeout: 60000,
    async run(ctx) {
      await withWiki(ctx, { theme: 'dark' }, async (wiki, helper) => {
        const { popup } = await readArticle(ctx, { settle: false });
        const q = await waitIn(
          popup,
          () => {
            const box = document.querySelector('[data-lede="lookup"][data-state="ask"]');
            if (!box) return null;
            return {
              text: box.querySelector('p')?.textContent ?? '',
              buttons: [...box.querySelectorAll('button')].map((b) => b.textContent),
              group: box.getAttribute('role'),
            };
          },
          undefined,
          'the first-run question',
        );
        assert.match(q.text, /Wikipedia/);
        assert.ok(q.text.trim().endsWith('?') && !/[.!?]\s/.test(q.text), `one sentence: ${q.text}`);
        assert.equal(q.buttons.length, 2);
        assert.equal(q.group, 'group');
        await showNotes(popup);
        await ctx.screenshot(popup, 'lookups-question-dark');
        await popup.click('[data-lede="lookups-no"]');
        await waitForSaved(helper, 'off');
        // Focus moved to what replaced the buttons, not to the top of the page.
        const focused = await popup.evaluate(() => document.activeElement?.getAttribute('data-lede'));
        assert.equal(focused, 'lookup');
        await new Promise((r) => setTimeout(r, 1000));
        assert.equal(wiki.requests.length, 0);
      });
    },
  },
  {
    name: 'first run "Yes": lookups on; success with attribution, redirect, disambiguation (unsure), missing page',
    timeout: 60000,
    async run(ctx) {
      await withWiki(ctx, {}, async (wiki, helper) => {
        const { popup, f } = await readArticle(ctx, { settle: false });
        await waitIn(popup, () => !!document.querySelector('[data-lede="lookups-yes"]'), undefined, 'Yes');
        await showNotes(popup);
        await popup.click('[data-lede="lookups-yes"]');
        await waitIn(
          popup,
          () => document.querySelector('[data-lede="lookup"]')?.getAttribute('data-state') === 'done',
          undefined,
          'online lookups finished',
          30000,
        );
        await waitForSaved(helper, 'on');
        const notes = await assertStoryIntact(popup, f, baselines.get(ctx.browser));
        const paths = wiki.requests.map((r) => r.path);
        assert.ok(
          wiki.requests.every((r) => r.userAgent?.startsWith('Lede/')),
          'every request sends Api-User-Agent',
        );
        assert.ok(
          paths.every(
            (p) => !p.includes(encodeURIComponent(ctx.server.origin)) && !p.includes('kestrel-bay-council'),
          ),
          'no request carries the page address',
        );

        // Success: the summary with its source, link, licence and retrieval date.
        const friends = notes.find((n) => n.name === 'Friends of the Saltmarsh');
        assert.ok(friends, `a note on Friends of the Saltmarsh among ${notes.map((n) => n.name)}`);
        assert.equal(friends.source, 'wikipedia');
        assert.match(friends.summary, /invented conservation charity/);
        assert.match(friends.sourceLine, /Wikipedia/);
        assert.match(friends.sourceLine, /CC BY-SA 4\.0/);
        assert.match(friends.sourceLine, /retrieved/);
        assert.ok(
          friends.links.includes(`${wiki.url}/wiki/Friends_of_the_Saltmarsh`),
          friends.links.join(' '),
        );
        assert.ok(friends.links.some((l) => l.startsWith('https://creativecommons.org/licenses/by-sa/4.0')));

        // Redirect: the item's sitelink is a redirect; the note links the page it leads to (above).
        assert.ok(
          paths.some((p) => p.endsWith('/page/summary/Saltmarsh_Friends')),
          `asked under the sitelink:\n${paths.join('\n')}`,
        );

        // Disambiguation: the page names several things, so the note says it is unsure.
        assert.ok(
          paths.some((p) => p.endsWith('/page/summary/Environment_Agency')),
          paths.join('\n'),
        );
        const agency = notes.find((n) => n.name === 'Environment Agency');
        assert.ok(agency?.unsure, 'the Environment Agency note is marked as an unsure match');
        assert.notEqual(agency.source, 'wikipedia');

        // Missing page: the bundled facts stay.
        assert.ok(paths.some((p) => p.endsWith('/page/summary/Netherlands')));
        const nl = notes.find((n) => n.name === 'Netherlands');
        assert.equal(nl?.source, 'bundled');
        await ctx.screenshot(popup, 'lookups-notes');
      });
    },
  },
  {
    name: 'a mirror on a host Lede may not reach yet: the notes ask for access to it, and nothing is sent',
    timeout: 60000,
    async run(ctx) {
      await withWiki(ctx, { lookups: 'on' }, async (wiki, helper) => {
        // Same server, named "localhost": the test build's host permission covers 127.0.0.1 only.
        const mirror = wiki.url.replace('127.0.0.1', 'localhost');
        await helper.evaluate(async (url) => {
          const api = globalThis.browser ?? globalThis.chrome;
          const { settings } = await api.storage.local.get('settings');
          await api.storage.local.set({ settings: { ...settings, customEndpoint: url } });
        }, mirror);
        const { popup, f } = await readArticle(ctx, { settle: false });
        const line = await waitIn(
          popup,
          () => document.querySelector('[data-lede="lookup"][data-state="permission"]')?.textContent ?? null,
          undefined,
          'the request for access to the mirror',
        );
        assert.match(line, /localhost/);
        assert.ok(
          await popup.evaluate(() => !!document.querySelector('[data-lede="lookups-allow"]')),
          'an "Allow access" button',
        );
        await assertStoryIntact(popup, f, baselines.get(ctx.browser));
        await new Promise((r) => setTimeout(r, 1000));
        assert.equal(wiki.requests.length, 0);
      });
    },
  },
  ...FAULTS.map((fault) => ({
    name: `fault: ${fault.name}; the popup keeps the article and its own notes`,
    timeout: 60000,
    async run(ctx) {
      await withWiki(ctx, { lookups: 'on' }, async (wiki) => {
        wiki.setMode(fault.mode);
        const { popup, f } = await readArticle(ctx, { settle: false });
        if (fault.slow) {
          // While the server is slow, the reader is already fully usable.
          await waitIn(
            popup,
            () => !!document.querySelector('[data-state="looking"]'),
            undefined,
            'lookups running',
          );
          for (let i = 0; i < 50 && wiki.requests.length === 0; i++)
            await new Promise((r) => setTimeout(r, 100));
          assert.ok(wiki.requests.length >= 1, 'a request is waiting on the slow server');
          await assertStoryIntact(popup, f, baselines.get(ctx.browser));
        }
        await lookupsSettled(popup);
        assert.ok(wiki.requests.length >= 1, 'the fault was exercised');
        const notes = await assertStoryIntact(popup, f, baselines.get(ctx.browser));
        const friends = notes.find((n) => n.name === 'Friends of the Saltmarsh');
        if (fault.summary) {
          assert.equal(friends?.source, 'wikipedia', 'the summary arrives after the retry');
          assert.ok(wiki.requests.length >= 2, 'the 429 was retried');
        } else {
          assert.ok(!notes.some((n) => n.source === 'wikipedia'), 'no summary from a failing server');
          // One fault ends the story's lookups: no hammering of a failing server.
          assert.ok(wiki.requests.length <= 6, `${wiki.requests.length} requests`);
        }
      });
    },
  })),
  {
    name: 'in-page overlay: the notes get their Wikipedia summary through the background',
    timeout: 60000,
    async run(ctx) {
      await withWiki(ctx, { lookups: 'on' }, async (wiki, helper) => {
        const url = ctx.server.urlOf(ARTICLE);
        const page = await ctx.open(url);
        const tabId = await ctx.driver.tabIdOf(url);
        // What auto mode does on a listed site (the background injects the overlay, auto.js opens it),
        // done from an extension page: the test build's host permission covers 127.0.0.1 over http only,
        // and auto mode's site registration wants both schemes.
        await helper.evaluate(async (id) => {
          const api = globalThis.browser ?? globalThis.chrome;
          // An absolute path: Firefox resolves a relative one against the calling page (options/).
          await api.scripting.executeScript({ target: { tabId: id }, files: ['/content/overlay.js'] });
          await api.scripting.executeScript({
            target: { tabId: id },
            func: () =>
              window.__ledeOverlay.open({
                url: location.href,
                detection: { isArticle: true, isNews: true, score: 0.95, signals: [] },
                decision: { open: true, reason: 'open', threshold: 0.84, score: 0.95 },
                detectMs: 1,
                onNotNow() {},
              }),
          });
        }, tabId);
        const shown = await waitIn(
          page,
          () => {
            const root = document.querySelector('lede-overlay')?.shadowRoot;
            const state = root?.querySelector('[data-lede="lookup"]')?.getAttribute('data-state');
            if (state !== 'done') return null;
            const card = [...root.querySelectorAll('.lede-note')].find(
              (n) => n.querySelector('.lede-note-name')?.textContent === 'Friends of the Saltmarsh',
            );
            return {
              source: card?.querySelector('.lede-summary')?.getAttribute('data-source') ?? null,
              line: card?.querySelector('.lede-source')?.textContent ?? '',
              quotes: card?.querySelectorAll('.lede-context li').length ?? 0,
            };
          },
          undefined,
          'the overlay’s lookups finished',
          30000,
        );
        assert.equal(shown.source, 'wikipedia');
        assert.match(shown.line, /CC BY-SA 4\.0/);
        assert.ok(shown.quotes > 0, 'the note keeps what the story says');
        assert.ok(wiki.requests.length > 0);
        const origin = encodeURIComponent(ctx.server.origin);
        assert.ok(
          wiki.requests.every((r) => !r.path.includes(origin)),
          'no request carries the page’s address',
        );
      });
    },
  },
  {
    name: 'cache survives a restart of the background: the second read sends no request',
    timeout: 60000,
    async run(ctx) {
      await withWiki(ctx, { lookups: 'on' }, async (wiki, helper) => {
        const first = await readArticle(ctx);
        const before = wiki.requests.length;
        assert.ok(before > 0, 'the first read asked the server');
        assert.equal(
          (await first.popup.evaluate(notesShown)).find((n) => n.name === 'Friends of the Saltmarsh')?.source,
          'wikipedia',
        );
        await first.popup.close();

        if (ctx.browser === 'chromium') await stopServiceWorker(ctx, helper);
        else await reloadEventPage(helper);

        const second = await readArticle(ctx);
        const notes = await second.popup.evaluate(notesShown);
        assert.equal(notes.find((n) => n.name === 'Friends of the Saltmarsh')?.source, 'wikipedia');
        assert.equal(
          wiki.requests.length,
          before,
          `new requests after the restart: ${wiki.requests
            .slice(before)
            .map((r) => r.path)
            .join(', ')}`,
        );
      });
    },
  },
];
