import { useEffect, useRef } from 'react';
import { useFormStyles } from './form-styles';

/**
 * A form's heading, focused when the form opens so keyboard and screen-reader
 * users land at its start (the list it replaced is gone).
 */
export function FormHeading({ id, children }: { id: string; children: string }) {
  const styles = useFormStyles();
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <h2 id={id} ref={ref} tabIndex={-1} className={styles.heading}>
      {children}
    </h2>
  );
}
