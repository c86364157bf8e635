import type { ReactNode } from 'react';
import { useSharedStyles } from './shared-styles';

interface SectionProps {
  /** Base for the heading id that labels the section for screen readers. */
  id: string;
  title: string;
  testId: string;
  children: ReactNode;
}

/** One titled part of the meeting page: a landmark labelled by its own heading. */
export function Section({ id, title, testId, children }: SectionProps) {
  const shared = useSharedStyles();
  return (
    <section className={shared.section} aria-labelledby={`${id}-heading`} data-testid={testId}>
      <h2 id={`${id}-heading`} className={shared.h2}>
        {title}
      </h2>
      {children}
    </section>
  );
}
