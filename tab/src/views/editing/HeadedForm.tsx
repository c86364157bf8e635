import type { FormEvent, ReactNode } from 'react';
import { FormHeading } from './FormHeading';
import { useFormStyles } from './form-styles';

export interface HeadedFormProps {
  testId: string;
  /** The heading's id: the form is labelled by it. */
  headingId: string;
  heading: string;
  onSubmit: (event: FormEvent) => Promise<void>;
  children: ReactNode;
}

/**
 * An edit form named by its heading. noValidate: the problems, in the
 * person's language, show next to the fields (not the browser's bubbles).
 */
export function HeadedForm({ testId, headingId, heading, onSubmit, children }: HeadedFormProps) {
  const styles = useFormStyles();
  return (
    <form
      className={styles.form}
      onSubmit={(ev) => void onSubmit(ev)}
      noValidate
      aria-labelledby={headingId}
      data-testid={testId}
    >
      <FormHeading id={headingId}>{heading}</FormHeading>
      {children}
    </form>
  );
}
