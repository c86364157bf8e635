import type { AsyncState } from '../state/use-async';
import { useTexts } from '../texts/texts-context';
import { ErrorView } from './ErrorView';
import { errorText } from './error-text';
import { LoadingView } from './LoadingView';

/** What a view shows while it has nothing to show yet: the load's error with a retry, or the spinner. */
export function NotLoadedView({ state, onRetry }: { state: AsyncState<unknown>; onRetry: () => void }) {
  const t = useTexts().app;
  if (state.status === 'error') return <ErrorView message={errorText(state.error, t)} onRetry={onRetry} />;
  return <LoadingView label={t.loading} />;
}
