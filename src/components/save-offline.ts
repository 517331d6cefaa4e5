/**
 * The "Save for offline" control (SaveOffline.astro, issue 17). Reads the language's save list
 * (`offline/save.json`, src/lib/save-list.ts) to show the size before anything is fetched, then
 * fetches every file a few at a time and puts each into the cache the service worker serves it
 * from (`cacheFor`, src/lib/offline.ts), keyed by its full URL without query. What was saved is
 * kept in localStorage `do-offline-save-<locale>` (the offline contract's shape), written after
 * every file, so a save cut short by a closed tab or a lost network is found on the next visit
 * and continued without fetching again what is already cached. Nothing is sent anywhere: the
 * only requests are the site's own files.
 */
import { fill } from '../lib/i18n.ts';
import { cacheFor, OFFLINE_CACHES } from '../lib/offline.ts';
import type { SaveDownload, SaveFile, SaveList } from '../lib/save-list.ts';

/** The sentences, from the interface dictionary (SaveOffline.astro writes them as JSON). */
export interface SaveWords {
  save: string;
  downloads: string;
  download: string;
  pdf: string;
  docx: string;
  progress: string;
  saved: string;
  removed: string;
  outdated: string;
  interrupted: string;
  offline: string;
  quota: string;
  failed: string;
  list: string;
  unsupported: string;
}

/** The page-side state of a save (the offline contract). */
export interface SaveState {
  version: string;
  complete: boolean;
  savedAt: string;
  urls: number;
  bytes: number;
  downloads: string[];
}

/** Requests at once: enough to fill a slow line, few enough to leave the page responsive. */
const PARALLEL = 4;

export const stateKey = (locale: string): string => `do-offline-save-${locale}`;

export function readState(locale: string): SaveState | undefined {
  try {
    const raw = localStorage.getItem(stateKey(locale));
    if (raw === null) return undefined;
    const data = JSON.parse(raw) as Partial<SaveState>;
    if (typeof data.version !== 'string' || typeof data.complete !== 'boolean') return undefined;
    return {
      version: data.version,
      complete: data.complete,
      savedAt: typeof data.savedAt === 'string' ? data.savedAt : '',
      urls: Number(data.urls) || 0,
      bytes: Number(data.bytes) || 0,
      downloads: Array.isArray(data.downloads) ? data.downloads.filter((d): d is string => typeof d === 'string') : [],
    };
  } catch {
    return undefined;
  }
}

function writeState(locale: string, state: SaveState): void {
  try {
    localStorage.setItem(stateKey(locale), JSON.stringify(state));
  } catch {
    // Storage full or blocked: the save itself still works; only the "Continue" memory is lost.
  }
}

/** Why a save stopped, for the message that says what to do next. */
type Stop = { kind: 'offline' } | { kind: 'quota' } | { kind: 'failed'; url: string };

class SaveStopped extends Error {
  readonly stop: Stop;
  constructor(stop: Stop) {
    super(stop.kind);
    this.stop = stop;
  }
}

const cacheKey = (url: string) => new URL(url, location.origin).href;
const openCache = (url: string) => caches.open(OFFLINE_CACHES[cacheFor(new URL(url, location.origin).pathname)]);

/** Mounts one control. `root` is the `[data-save-offline]` element SaveOffline.astro writes. */
export function mountSaveOffline(root: HTMLElement): void {
  const lang = document.documentElement.lang || 'en';
  const locale = root.dataset['locale'] ?? 'en';
  const listUrl = root.dataset['list'] ?? '';
  const format = root.dataset['format'];
  const words = JSON.parse(root.querySelector('[data-save-words]')?.textContent ?? '{}') as SaveWords;
  const part = <T extends HTMLElement>(name: string) => root.querySelector<T>(`[data-${name}]`) as T;
  const ui = part('ui');
  const saveButton = part<HTMLButtonElement>('save');
  const continueButton = part<HTMLButtonElement>('continue');
  const updateButton = part<HTMLButtonElement>('update');
  const removeButton = part<HTMLButtonElement>('remove');
  const picks = part<HTMLDetailsElement>('picks');
  const pickList = part<HTMLUListElement>('pick-list');
  const pickSummary = part('pick-summary');
  const progress = part<HTMLProgressElement>('progress');
  const status = part('status');
  const savedLine = part('saved');
  const message = part('message');
  root.querySelector('[data-no-js]')?.setAttribute('hidden', '');
  ui.hidden = false;

  const number = new Intl.NumberFormat(lang, { maximumFractionDigits: 1 });
  const size = (bytes: number) =>
    bytes >= 1e6
      ? `${number.format(Math.max(0.1, Math.round(bytes / 1e5) / 10))} MB`
      : `${number.format(Math.max(1, Math.round(bytes / 1e3)))} KB`;
  const when = (iso: string) => {
    const date = new Date(iso);
    return Number.isNaN(date.getTime()) ? '' : new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
  };
  const say = (text: string) => {
    message.textContent = text;
    message.hidden = text === '';
  };

  if (!('caches' in window) || !window.isSecureContext) {
    say(words.unsupported);
    saveButton.hidden = true;
    return;
  }

  let list: SaveList | undefined;
  let running = false;

  /** The files this control saves: the whole language, or one schedule's day. */
  const scopeFiles = (): SaveFile[] => {
    if (!list) return [];
    if (format === undefined) return list.files;
    const wanted = new Set(list.schedules[format] ?? []);
    return list.files.filter((f) => wanted.has(f.url));
  };
  const ticked = (): SaveDownload[] => {
    const urls = new Set([...pickList.querySelectorAll<HTMLInputElement>('input:checked')].map((input) => input.value));
    return (list?.downloads ?? []).filter((d) => urls.has(d.url));
  };
  /** What a save downloads (the host compresses text): the size the button and the progress give. A list saved by an older version has no `transfer`. */
  const toDownload = (entries: readonly { bytes: number; transfer: number }[]) =>
    entries.reduce((s, e) => s + (Number.isFinite(e.transfer) ? e.transfer : e.bytes), 0);

  const showSize = () => {
    saveButton.textContent = fill(words.save, { size: size(toDownload(scopeFiles()) + toDownload(ticked())) });
  };

  /** What the page says when no save is running, from the stored state. */
  const render = () => {
    const state = readState(locale);
    const scope = scopeFiles();
    progress.hidden = true;
    picks.hidden = (list?.downloads.length ?? 0) === 0;
    continueButton.hidden = true;
    updateButton.hidden = true;
    savedLine.hidden = true;
    removeButton.hidden = state === undefined;
    saveButton.hidden = false;
    if (state?.complete) {
      savedLine.hidden = false;
      savedLine.textContent = fill(words.saved, { files: state.urls, size: size(state.bytes), date: when(state.savedAt) });
      const outdated = list !== undefined && state.version !== list.version;
      updateButton.hidden = !outdated;
      if (outdated) say(words.outdated);
      // An out-of-date copy is updated; a current one that holds this control's files needs nothing more.
      saveButton.hidden = outdated || state.urls >= scope.length;
    } else if (state) {
      continueButton.hidden = false;
      saveButton.hidden = true;
      status.textContent = fill(words.interrupted, { done: state.urls, total: scope.length + state.downloads.length });
    }
  };

  const buildPicks = (downloads: readonly SaveDownload[], chosen: readonly string[]) => {
    pickList.replaceChildren(
      ...downloads.map((d, i) => {
        const item = document.createElement('li');
        const label = document.createElement('label');
        const input = document.createElement('input');
        input.type = 'checkbox';
        input.value = d.url;
        input.id = `${root.id}-pick-${i}`;
        input.checked = chosen.includes(d.url);
        input.addEventListener('change', showSize);
        const kind = d.url.endsWith('.docx')
          ? words.docx
          : `${words.pdf} ${/-([a-z0-9]+)\.pdf$/.exec(d.url)?.[1]?.toUpperCase() ?? ''}`.trim();
        label.append(input, ` ${fill(words.download, { title: d.title, kind, size: size(d.bytes) })}`);
        item.append(label);
        return item;
      }),
    );
    pickSummary.textContent = fill(words.downloads, { count: downloads.length });
    picks.hidden = downloads.length === 0;
  };

  /**
   * Fetches and caches `files`, PARALLEL at a time. With `skipCached`, a file already in its
   * cache counts as saved without a request (continuing a save of the same version).
   */
  const run = async (skipCached: boolean) => {
    if (!list || running) return;
    running = true;
    const current = list;
    const downloads = ticked();
    const queue: { url: string; bytes: number; transfer: number }[] = [...scopeFiles(), ...downloads];
    const totalTransfer = toDownload(queue);
    let transferred = 0;
    const previous = readState(locale);
    const skip = skipCached && previous?.version === current.version;
    const state: SaveState = {
      version: current.version,
      complete: false,
      savedAt: new Date().toISOString(),
      urls: 0,
      bytes: 0,
      downloads: downloads.map((d) => d.url),
    };
    writeState(locale, state);
    say('');
    // What to save is settled once it starts.
    picks.hidden = true;
    savedLine.hidden = true;
    saveButton.hidden = true;
    continueButton.hidden = true;
    updateButton.hidden = true;
    removeButton.hidden = true;
    progress.hidden = false;
    progress.max = queue.length;
    let lastSpoken = 0;
    const tell = (force = false) => {
      progress.value = state.urls;
      const text = fill(words.progress, {
        done: state.urls,
        total: queue.length,
        doneSize: size(transferred),
        totalSize: size(totalTransfer),
      });
      progress.textContent = text;
      // The live region speaks at most once a second, not once per file.
      if (force || performance.now() - lastSpoken > 1000) {
        status.textContent = text;
        lastSpoken = performance.now();
      }
    };
    tell(true);
    let stop: Stop | undefined;
    const saveOne = async (file: { url: string }) => {
      const cache = await openCache(file.url);
      if (skip && (await cache.match(cacheKey(file.url), { ignoreSearch: true }))) return;
      let response: Response;
      try {
        response = await fetch(file.url, { cache: 'no-cache' });
      } catch {
        throw new SaveStopped(navigator.onLine ? { kind: 'failed', url: file.url } : { kind: 'offline' });
      }
      // With the network gone, the service worker answers a page with the offline page: never save that as the page.
      const served = response.url === '' ? file.url : response.url;
      if (!navigator.onLine || new URL(served, location.origin).pathname !== new URL(file.url, location.origin).pathname)
        throw new SaveStopped(navigator.onLine ? { kind: 'failed', url: file.url } : { kind: 'offline' });
      if (!response.ok) throw new SaveStopped({ kind: 'failed', url: file.url });
      try {
        await cache.put(cacheKey(file.url), response);
      } catch (error) {
        if (error instanceof DOMException && error.name === 'QuotaExceededError') throw new SaveStopped({ kind: 'quota' });
        throw new SaveStopped({ kind: 'failed', url: file.url });
      }
    };
    try {
      // The list itself, so the offline page can name what is saved.
      const listResponse = await fetch(listUrl, { cache: 'no-cache' }).catch(() => undefined);
      if (listResponse?.ok) await (await openCache(listUrl)).put(cacheKey(listUrl), listResponse).catch(() => undefined);
      let next = 0;
      const worker = async () => {
        while (stop === undefined && next < queue.length) {
          const file = queue[next++] as (typeof queue)[number];
          try {
            await saveOne(file);
          } catch (error) {
            stop ??= error instanceof SaveStopped ? error.stop : { kind: 'failed', url: file.url };
            return;
          }
          state.urls += 1;
          state.bytes += file.bytes;
          transferred += toDownload([file]);
          writeState(locale, state);
          tell();
        }
      };
      await Promise.all(Array.from({ length: PARALLEL }, worker));
    } finally {
      running = false;
    }
    tell(true);
    if (stop === undefined) {
      state.complete = true;
      state.savedAt = new Date().toISOString();
      writeState(locale, state);
      status.textContent = '';
      render();
      return;
    }
    progress.hidden = false;
    continueButton.hidden = false;
    removeButton.hidden = false;
    say(
      stop.kind === 'offline'
        ? words.offline
        : stop.kind === 'quota'
          ? words.quota
          : fill(words.failed, { file: decodeURI(new URL(stop.url, location.origin).pathname) }),
    );
  };

  const remove = async () => {
    const urls = new Set([listUrl, ...(list?.files ?? []).map((f) => f.url), ...(list?.downloads ?? []).map((d) => d.url)]);
    // Each file sits in the one cache `cacheFor` names, under its URL without query (the worker's keys too).
    await Promise.all([...urls].map(async (url) => (await openCache(url)).delete(cacheKey(url))));
    localStorage.removeItem(stateKey(locale));
    render();
    say(words.removed);
  };

  saveButton.addEventListener('click', () => void run(false));
  continueButton.addEventListener('click', () => void run(true));
  updateButton.addEventListener('click', () => void run(false));
  removeButton.addEventListener('click', () => void remove());

  saveButton.disabled = true;
  void fetch(listUrl, { cache: 'no-cache' })
    .then(async (response) => {
      if (!response.ok) throw new Error(String(response.status));
      return (await response.json()) as SaveList;
    })
    .catch(async () => {
      // Offline with a saved copy: the list from the cache still sizes and names it.
      const cached = await caches.match(cacheKey(listUrl), { ignoreSearch: true });
      return cached ? ((await cached.json()) as SaveList) : undefined;
    })
    .then((loaded) => {
      if (!loaded) {
        say(words.list);
        render();
        saveButton.hidden = true;
        return;
      }
      list = loaded;
      buildPicks(loaded.downloads, readState(locale)?.downloads ?? []);
      showSize();
      saveButton.disabled = false;
      render();
    });
}
