import { useEffect, useState } from 'react';

export interface HashRoute {
  viewId?: string;
  param?: string;
}

/** `#/agenda/m-123` → { viewId: 'agenda', param: 'm-123' }. The address keeps the view on reload and can be shared. */
export function parseHashRoute(hash: string): HashRoute {
  const [viewId, param] = hash.replace(/^#\/?/, '').split('/').map(decodeURIComponent);
  return { viewId: viewId || undefined, param: param || undefined };
}

export function hashFor(viewId: string, param?: string): string {
  return `#/${encodeURIComponent(viewId)}${param ? `/${encodeURIComponent(param)}` : ''}`;
}

/** The current view from the address, and a way to go to another. */
export function useHashRoute(): [HashRoute, (viewId: string, param?: string) => void] {
  const [route, setRoute] = useState(() => parseHashRoute(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseHashRoute(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  const navigate = (viewId: string, param?: string) => {
    window.location.hash = hashFor(viewId, param);
  };
  return [route, navigate];
}
