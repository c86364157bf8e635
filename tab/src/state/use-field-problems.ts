import { useCallback, useEffect, useState } from 'react';
import { problemFor, type SaveFailure } from '../views/field-problems';

/**
 * The problems of the last save, per field, until the person edits that field
 * (then the message goes away instead of contradicting what they typed).
 */
export function useFieldProblems(failure: SaveFailure | undefined) {
  const [edited, setEdited] = useState<ReadonlySet<string>>(new Set());
  useEffect(() => setEdited(new Set()), [failure]);
  const problem = (field: string): string | undefined => (edited.has(field) ? undefined : problemFor(failure, field));
  const touch = useCallback((field: string) => setEdited((s) => (s.has(field) ? s : new Set(s).add(field))), []);
  return { problem, touch };
}
