/** A full-view message for states where there is no article to show, with an optional action. */
import type { ComponentChildren } from 'preact';

export interface StateMessageProps {
  title: string;
  body: string;
  /** Stable hook for tests and styles: restricted, failed, no-content, not-article, error. */
  state: string;
  action?: () => void;
  actionLabel?: string;
  children?: ComponentChildren;
}

/** Says what happened and what the reader can do about it. */
export function StateMessage(props: StateMessageProps) {
  return (
    <main class="lede-main lede-message" data-state={props.state} aria-labelledby="lede-message-title">
      <h1 id="lede-message-title">{props.title}</h1>
      <p>{props.body}</p>
      {props.children}
      {props.action && (
        <button type="button" class="lede-button lede-primary" onClick={props.action}>
          {props.actionLabel ?? 'Retry'}
        </button>
      )}
    </main>
  );
}
