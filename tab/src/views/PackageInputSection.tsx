import { makeStyles, tokens } from '@fluentui/react-components';
import { formatDeadline } from '../../../bot/src/domain/date-format';
import { caseHeading } from '../../../bot/src/domain/notice-text';
import type { MeetingPackage } from '../../../bot/src/domain/meeting-package';
import { useLanguage, useTexts } from '../texts/texts-context';
import { compiledInput } from './package-content';
import { Section } from './Section';
import { useSharedStyles } from './shared-styles';

const useStyles = makeStyles({
  request: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  question: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  answers: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalXL,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
  },
});

export interface PackageInputSectionProps {
  pkg: MeetingPackage;
  publicVersion: boolean;
}

/**
 * Skriftlige innspill, compiled per question: the answers the server lets this
 * reader see (the council's input privacy is applied there, not here).
 */
export function PackageInputSection({ pkg, publicVersion }: PackageInputSectionProps) {
  const m = useTexts().package;
  const language = useLanguage();
  const styles = useStyles();
  const shared = useSharedStyles();
  const itemById = new Map(pkg.agenda.map((item) => [item.id, item]));
  return (
    <Section id="package-input" title={m.writtenInput} testId="package-input">
      {pkg.inputRequests.length === 0 ? (
        <p className={shared.paragraph}>{m.writtenInputEmpty}</p>
      ) : (
        <ul className={shared.plainList}>
          {pkg.inputRequests.map((summary, index) => {
            const item = summary.request.agendaItemId === undefined ? undefined : itemById.get(summary.request.agendaItemId);
            const compiled = compiledInput(summary);
            const hidden = publicVersion && item?.exempt !== undefined;
            return (
              <li key={summary.request.id} className={styles.request} data-testid="package-input-request">
                <h3 className={shared.h3}>{item ? m.inputFor(caseHeading(item)) : m.inputRound(index + 1)}</h3>
                <p className={shared.muted}>
                  {m.inputDeadline(formatDeadline(summary.request.deadline, pkg.council.timeZone, language))}
                </p>
                {hidden ? (
                  <p className={shared.muted}>{m.exemptContentOmitted}</p>
                ) : (
                  <ol className={shared.plainList}>
                    {compiled.questions.map((q) => (
                      <li key={q.id} className={styles.question}>
                        <h4 className={shared.h3}>{q.text}</h4>
                        {q.answers.length === 0 ? (
                          <p className={shared.muted}>{m.noInputYet}</p>
                        ) : (
                          <ul className={styles.answers}>
                            {q.answers.map((a, i) => (
                              <li key={i} className={shared.preWrap}>
                                <strong>{m.inputByName(a.name)}</strong> {a.text}
                              </li>
                            ))}
                          </ul>
                        )}
                      </li>
                    ))}
                  </ol>
                )}
                {compiled.othersHidden && <p className={shared.muted}>{m.othersHidden}</p>}
              </li>
            );
          })}
        </ul>
      )}
    </Section>
  );
}
