import { useCallback, useState } from 'react';

/**
 * The problems a form shows next to its fields, by field name, whether its
 * own check or the server found them. Editing a field takes its problem away
 * instead of contradicting what was typed.
 */
export function useFieldErrors() {
  const [errors, setErrors] = useState<Partial<Record<string, string>>>({});
  const touch = useCallback(
    (name: string) => setErrors((old) => (old[name] === undefined ? old : { ...old, [name]: undefined })),
    [],
  );
  return {
    errors,
    /** Replaces every problem shown (an empty object clears them). */
    show: setErrors,
    touch,
    /** A Fluent `Field`'s validation props; `local` is a problem the form found itself and wins. */
    field: (name: string, local?: string) => {
      const message = local ?? errors[name];
      return { validationMessage: message, validationState: message ? ('error' as const) : ('none' as const) };
    },
  };
}
