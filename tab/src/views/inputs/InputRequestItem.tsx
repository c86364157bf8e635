import {
  Badge,
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  DialogTrigger,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { formatDate, formatDeadline } from '../../../../bot/src/domain/date-format';
import { isAsked } from '../../../../bot/src/domain/input-request';
import type { InputRequestAnswers } from '../../../../bot/src/domain/input-answers';
import { useSharedStyles } from '../shared-styles';
import type { ViewContext } from '../view-context';
import { useLanguage, useTexts } from '../../texts/texts-context';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  meta: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  answer: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXXS,
    paddingLeft: tokens.spacingHorizontalM,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke2}`,
  },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  h3: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
});

export interface InputRequestItemProps {
  ctx: ViewContext;
  index: number;
  entry: InputRequestAnswers & { etag?: string };
  timeZone: string;
  /** Set for the secretary and the chair while the request can still change. */
  onEdit?: () => void;
  onClose?: () => void;
}

/** One input request: deadline and status, the answers per question with who wrote them, and who has not answered. */
export function InputRequestItem({ ctx, index, entry, timeZone, onEdit, onClose }: InputRequestItemProps) {
  const { app: t, inputs: m } = useTexts();
  const language = useLanguage();
  const styles = useStyles();
  const shared = useSharedStyles();
  const { request } = entry;
  const headingId = `request-${request.id}-heading`;
  const date = (iso: string) => formatDate(iso, timeZone, language);
  return (
    <section className={`${shared.section} ${styles.root}`} aria-labelledby={headingId} data-testid="input-request-entry">
      <h2 id={headingId} className={shared.h2}>
        {entry.itemHeading ? m.forItem(entry.itemHeading) : m.requestTitle(index + 1)}
      </h2>
      <dl className={shared.details}>
        <dt className={shared.term}>{m.deadline}</dt>
        <dd className={shared.definition}>{formatDeadline(request.deadline, timeZone, language)}</dd>
        <dt className={shared.term}>{m.statusLabel}</dt>
        <dd className={`${shared.definition} ${styles.meta}`}>
          {/* Badge text carries the status; colour only repeats it. */}
          <Badge appearance="tint" color={entry.open ? 'success' : 'informative'} data-testid="request-status">
            {entry.open ? m.statusOpen : m.statusClosed}
          </Badge>
          {request.closedAt && <span>{m.closedEarly(date(request.closedAt))}</span>}
        </dd>
        <dt className={shared.term}>{request.askedMemberIds.length === 0 ? m.askedEveryone : m.askedSome(entry.askedCount)}</dt>
        <dd className={shared.definition} data-testid="answered-count">
          {m.answeredCount(entry.answeredCount, entry.askedCount)}
        </dd>
      </dl>

      {entry.questions.map((question, qi) => (
        <div key={question.id} data-testid="question-answers">
          <h3 className={styles.h3}>{m.questionHeading(qi + 1, question.text)}</h3>
          {question.answers.length === 0 ? (
            // When others' answers are kept back, "no answers yet" would not be true.
            !entry.othersHidden && <p className={shared.muted}>{m.noAnswersYet}</p>
          ) : (
            <ul className={shared.plainList}>
              {question.answers.map((a) => (
                <li key={a.memberId} className={styles.answer} data-testid="answer">
                  <span className={shared.term}>{m.answerMeta(a.name, date(a.submittedAt))}</span>
                  <p className={shared.preWrap}>{a.text}</p>
                </li>
              ))}
            </ul>
          )}
        </div>
      ))}
      {entry.othersHidden && <p className={shared.note}>{m.othersHidden}</p>}
      {entry.open && !ctx.canManage && isAsked(request, ctx.me.user.aadObjectId) && (
        <p className={shared.note}>{m.answerInChat}</p>
      )}

      {entry.couldNotReach && entry.couldNotReach.length > 0 && (
        <MessageBar intent="warning" layout="multiline" data-testid="could-not-reach">
          <MessageBarBody>
            <MessageBarTitle>{m.couldNotReachTitle}</MessageBarTitle> {entry.couldNotReach.map((p) => p.name).join(', ')}.{' '}
            {m.couldNotReachHint}
          </MessageBarBody>
        </MessageBar>
      )}

      {entry.notAnswered && (
        <div data-testid="not-answered">
          <h3 className={styles.h3}>{m.notAnsweredTitle(entry.notAnswered.length)}</h3>
          {entry.notAnswered.length === 0 ? (
            <p className={shared.paragraph}>{t.everyoneAnswered}</p>
          ) : (
            <ul className={shared.bulletList}>
              {entry.notAnswered.map((p) => (
                <li key={p.memberId}>{p.name}</li>
              ))}
            </ul>
          )}
        </div>
      )}

      {(onEdit || onClose) && (
        <div className={styles.actions}>
          {onEdit && (
            // Several requests show an "Endre": the request's heading tells them apart for a screen reader.
            <Button onClick={onEdit} aria-describedby={headingId} data-testid="edit-request">
              {m.edit}
            </Button>
          )}
          {onClose && (
            <Dialog>
              <DialogTrigger disableButtonEnhancement>
                <Button aria-describedby={headingId} data-testid="close-request">
                  {m.close}
                </Button>
              </DialogTrigger>
              <DialogSurface>
                <DialogBody>
                  <DialogTitle>{m.closeConfirmTitle}</DialogTitle>
                  <DialogContent>{m.closeConfirmText}</DialogContent>
                  <DialogActions fluid>
                    <DialogTrigger disableButtonEnhancement>
                      <Button appearance="primary" onClick={onClose} data-testid="confirm-close">
                        {m.closeConfirm}
                      </Button>
                    </DialogTrigger>
                    <DialogTrigger disableButtonEnhancement>
                      <Button>{m.cancel}</Button>
                    </DialogTrigger>
                  </DialogActions>
                </DialogBody>
              </DialogSurface>
            </Dialog>
          )}
        </div>
      )}
    </section>
  );
}
