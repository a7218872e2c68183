/**
 * What the reader UI needs from the extension, as an interface (Dark Reader's Connector pattern):
 * the popup, the reader tab and tests each pass their own implementation.
 */
import type { Article, Note } from '../core/types';
import type { TabReadResult } from '../shared/protocol';
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
}
