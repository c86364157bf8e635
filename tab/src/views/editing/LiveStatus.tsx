import { MessageBar, MessageBarBody } from '@fluentui/react-components';

/** What a save did, told to everyone: shown on screen and read out by screen readers. */
export interface Announcement {
  intent: 'success' | 'error' | 'info';
  text: string;
  /** Changes with every announcement, so the same sentence twice is read twice. */
  id: number;
}

let counter = 0;
export function announcement(intent: Announcement['intent'], text: string): Announcement {
  counter += 1;
  return { intent, text, id: counter };
}

/**
 * A live region that is always in the page (a region added together with its
 * text is often not read), holding the latest save result.
 */
export function LiveStatus({ value, testId = 'save-status' }: { value: Announcement | undefined; testId?: string }) {
  return (
    <div role="status" aria-live="polite" aria-atomic="true" data-testid={testId}>
      {value && (
        <MessageBar key={value.id} intent={value.intent} layout="multiline">
          <MessageBarBody>{value.text}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
