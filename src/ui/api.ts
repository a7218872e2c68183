/**
 * What the reader UI needs from the extension, as an interface (Dark Reader's Connector pattern):
 * the popup, the reader tab, the in-page overlay and tests each pass their own implementation.
 * Optional members are capabilities a host may lack; the UI hides the matching control.
 */
import type { Article, Note } from '../core/types';
import type { TabReadResult } from '../shared/protocol';
import type { SiteApi } from '../shared/site-actions';
import type { Settings } from '../shared/settings-schema';

export interface ReaderApi {
  /** Reads the page of the active tab (or the tab given in the reader page's URL). */
  read(force: boolean): Promise<TabReadResult>;
  /** Notes for an article; loads the recogniser and bundled knowledge lazily. */
  notes(article: Article): Promise<Note[]>;
  loadSettings(): Promise<Settings>;
  saveSettings(patch: Partial<Settings>): Promise<Settings>;
  /** Subscribes to settings changes made elsewhere; unsubscribes when `signal` aborts. */
  watchSettings(onChange: (s: Settings) => void, signal: AbortSignal): void;
  /** Opens the same reading view in a browser tab (the popup is at most 800×600). */
  openInTab?(): Promise<void>;
  /** Prints the reading view; defaults to `window.print()`. */
  print?(): void;
  /** True when the browser is offline, for the quiet "no summaries" hint; defaults to `navigator.onLine`. */
  isOffline?(): boolean;
  /** "Always open articles on this site": present where the host can ask for a site permission. */
  site?: SiteApi;
  /** Background from Wikipedia and Wikidata, fetched by the extension's background: absent where unavailable. */
  online?: OnlineApi;
}

/** Another entity the name may mean, offered when the linker is unsure. */
export interface Alternative {
  label: string;
  description?: string;
  /** Its Wikipedia page on the configured wiki, when it has one. */
  url: string | null;
}

/** How sure the online linking is, for the note card. */
export interface Verdict {
  confidence: number;
  /** True when the linker was not sure which entity the story means: say so and offer `alternatives`. */
  low: boolean;
  alternatives: Alternative[];
}

/** A note after its online lookup: the note with the background applied, and the linker's verdict. */
export interface LookedUp {
  note: Note;
  verdict: Verdict;
}

/** What the reader needs for online background; the settings decide the endpoints. */
export interface OnlineApi {
  /** True when the browser already lets Lede reach the wiki hosts of `s`. */
  granted(s: Settings): Promise<boolean>;
  /** Asks for access to the wiki hosts of `s`. Call it straight from a click, before any await. */
  request(s: Settings): Promise<boolean>;
  /**
   * Looks the notes up one by one (most salient first) and calls `onEach` as each arrives. Resolves, never
   * rejects, when done, when `signal` aborts, or after the first fault of the service (no hammering).
   */
  lookup(notes: Note[], s: Settings, onEach: (found: LookedUp) => void, signal: AbortSignal): Promise<void>;
}

/** Where the reading view is shown; decides the layout (side column or panel switch) and the actions. */
export type ReaderHost = 'popup' | 'tab' | 'overlay';
