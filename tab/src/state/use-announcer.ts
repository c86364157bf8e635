import { useCallback, useState } from 'react';

/**
 * A message for an aria-live region. Each announcement gets a new key, so the
 * same sentence said twice (moving an item twice) is read out twice.
 */
export function useAnnouncer(): { message: string; key: number; announce: (message: string) => void } {
  const [state, setState] = useState({ message: '', key: 0 });
  const announce = useCallback((message: string) => setState((s) => ({ message, key: s.key + 1 })), []);
  return { ...state, announce };
}
