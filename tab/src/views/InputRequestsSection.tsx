import { Section } from './Section';
import { makeStyles, tokens } from '@fluentui/react-components';
import { itemHeading, type AgendaItem } from '../../../bot/src/domain/agenda';
import { formatDeadline } from '../../../bot/src/domain/date-format';
import type { InputRequestSummary } from '../../../bot/src/domain/meeting-package';
import type { Catalogue } from '../../../bot/src/texts/catalogue';
import { useLanguage, useTexts } from '../texts/texts-context';
import { useSharedStyles } from './shared-styles';

const useStyles = makeStyles({
  request: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
});

export interface InputRequestsSectionProps {
  timeZone: string;
  requests: readonly InputRequestSummary[];
  agenda: readonly AgendaItem[];
}

function names(list: readonly string[], t: Catalogue['app']): string {
  return list.length === 0 ? t.nobody : list.join(', ');
}

/** Skriftlige innspill: the open requests, their questions and deadline, and who has answered. */
export function InputRequestsSection({ timeZone, requests, agenda }: InputRequestsSectionProps) {
  const t = useTexts().app;
  const language = useLanguage();
  const styles = useStyles();
  const shared = useSharedStyles();
  const open = requests.filter((r) => r.open);
  const itemById = new Map(agenda.map((item) => [item.id, item]));
  return (
    <Section id="input-requests" title={t.inputRequests} testId="input-requests">
      {open.length === 0 ? (
        <p className={shared.paragraph}>{t.inputRequestsEmpty}</p>
      ) : (
        <ul className={shared.plainList}>
          {open.map(({ request, answeredBy, notAnsweredBy }, index) => {
            const item = request.agendaItemId === undefined ? undefined : itemById.get(request.agendaItemId);
            return (
              <li key={request.id} className={styles.request} data-testid="input-request">
                <h3 className={shared.h3}>{item ? t.forItem(itemHeading(item)) : t.inputRequestTitle(index + 1)}</h3>
                <dl className={shared.details}>
                  <dt className={shared.term}>{t.deadline}</dt>
                  <dd className={shared.definition}>{formatDeadline(request.deadline, timeZone, language)}</dd>
                  <dt className={shared.term}>{t.questions}</dt>
                  <dd className={shared.definition}>
                    <ol className={shared.bulletList}>
                      {request.questions.map((q) => (
                        <li key={q.id}>{q.text}</li>
                      ))}
                    </ol>
                  </dd>
                  <dt className={shared.term}>{`${t.answered} (${answeredBy.length})`}</dt>
                  <dd className={shared.definition} data-testid="input-answered">
                    {names(answeredBy, t)}
                  </dd>
                  <dt className={shared.term}>{`${t.notAnswered} (${notAnsweredBy.length})`}</dt>
                  <dd className={shared.definition} data-testid="input-not-answered">
                    {names(notAnsweredBy, t)}
                  </dd>
                </dl>
              </li>
            );
          })}
        </ul>
      )}
    </Section>
  );
}
