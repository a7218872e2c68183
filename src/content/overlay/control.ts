/**
 * The contract between the small auto-mode script and the overlay script the background injects on
 * demand. Both run in the extension's isolated world of the same frame, so they meet on `window`.
 */
import type { Detection } from '../../core/types';
import type { AutoDecision } from '../../shared/auto-decision';

/** Why the overlay opened: shown by "why did this open?". */
export interface OpenContext {
  url: string;
  detection: Detection;
  decision: AutoDecision;
  /** How long detection took on this page, in ms (the budget is a few ms). */
  detectMs: number;
  /** Called when the user picks "not now on this page". */
  onNotNow(url: string): void;
}

export interface OverlayControl {
  open(ctx: OpenContext): void;
  close(): void;
  isOpen(): boolean;
}

declare global {
  interface Window {
    __ledeOverlay?: OverlayControl;
    __ledeAuto?: boolean;
  }
}
