import { useEffect, useState, type DependencyList } from 'react';

export type AsyncState<T> =
  { status: 'loading'; value?: T } | { status: 'ok'; value: T } | { status: 'error'; error: unknown; value?: T };

function sameDeps(a: DependencyList | undefined, b: DependencyList): boolean {
  return a !== undefined && a.length === b.length && a.every((value, i) => Object.is(value, b[i]));
}

/**
 * Runs `load` whenever `deps` change. A result is only reported for the deps it
 * was loaded with, so stale data never shows for a frame; while reloading, the
 * last value stays available (e.g. to keep a banner in place).
 */
export function useAsync<T>(load: () => Promise<T>, deps: DependencyList): AsyncState<T> {
  const [state, setState] = useState<{ deps?: DependencyList; result: AsyncState<T> }>({ result: { status: 'loading' } });
  useEffect(() => {
    let current = true;
    setState((previous) => ({ deps, result: { status: 'loading', value: previous.result.value } }));
    load().then(
      (value) => {
        if (current) setState({ deps, result: { status: 'ok', value } });
      },
      (error: unknown) => {
        if (current) setState((previous) => ({ deps, result: { status: 'error', error, value: previous.result.value } }));
      },
    );
    return () => {
      current = false;
    };
    // `deps` is the caller's list of what `load` depends on, as with useEffect.
  }, deps);
  return sameDeps(state.deps, deps) ? state.result : { status: 'loading', value: state.result.value };
}
