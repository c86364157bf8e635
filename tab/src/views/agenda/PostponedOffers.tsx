import { Button, Field, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { formatCaseNumber } from '../../../../bot/src/domain/case-number';
import { formatMeetingTime } from '../../../../bot/src/domain/date-format';
import type { PostponedOffer } from '../../../../bot/src/domain/agenda-view';
import type { Language } from '../../../../bot/src/domain/language';
import { Section } from '../Section';
import { useSharedStyles } from '../shared-styles';
import { useTexts } from '../../texts/texts-context';

const useStyles = makeStyles({
  offer: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalS,
    paddingBottom: tokens.spacingVerticalS,
  },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  drop: { flexBasis: '100%', display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
});

export interface PostponedOffersProps {
  offers: readonly PostponedOffer[];
  zone: string;
  language: Language;
  busy: boolean;
  onAdd: (offer: PostponedOffer) => void;
  /** Resolves once the drop is saved (or refused), so the reason stays typed after a refusal. */
  onDrop: (offer: PostponedOffer, reason: string) => Promise<boolean>;
}

/** Button id per offer, so focus can go back to it when the reason form is cancelled. */
const dropButtonId = (offer: PostponedOffer) => `drop-${offer.fromMeeting.id}-${offer.item.id}`;

/**
 * Postponed items of every earlier meeting not yet taken up, grouped by the
 * meeting that postponed them: each can be added to this agenda, or dropped
 * with a reason so it is no longer offered.
 */
export function PostponedOffers({ offers, zone, language, busy, onAdd, onDrop }: PostponedOffersProps) {
  const a = useTexts().agenda;
  const styles = useStyles();
  const shared = useSharedStyles();
  const [dropping, setDropping] = useState<string>();
  const [reason, setReason] = useState('');
  const meetings = [...new Map(offers.map((o) => [o.fromMeeting.id, o.fromMeeting])).values()];
  const key = (o: PostponedOffer) => `${o.fromMeeting.id}/${o.item.id}`;

  const cancel = (offer: PostponedOffer) => {
    setDropping(undefined);
    setReason('');
    document.getElementById(dropButtonId(offer))?.focus();
  };

  return (
    <Section id="postponed-offers" title={a.postponedHeading} testId="postponed-offers">
      {meetings.map((from) => (
        <div key={from.id} data-testid="postponed-group">
          <p className={shared.note}>{a.postponedIntro(formatMeetingTime(from.startsAt, from.endsAt, zone, language))}</p>
          <ul className={shared.plainList}>
            {offers
              .filter((o) => o.fromMeeting.id === from.id)
              .map((offer) => (
                <li key={key(offer)} className={styles.offer} data-testid="postponed-offer">
                  <span>
                    <strong>{offer.item.title}</strong>
                    {offer.numbers.length > 0 && ` (${a.postponedFrom(offer.numbers.map(formatCaseNumber))})`}
                  </span>
                  {dropping !== key(offer) && (
                    <span className={styles.actions}>
                      <Button
                        disabled={busy}
                        aria-label={a.addPostponedLabel(offer.item.title)}
                        onClick={() => onAdd(offer)}
                        data-testid="add-postponed"
                      >
                        {a.addPostponed}
                      </Button>
                      <Button
                        id={dropButtonId(offer)}
                        disabled={busy}
                        aria-label={a.dropPostponedLabel(offer.item.title)}
                        onClick={() => {
                          setDropping(key(offer));
                          setReason('');
                        }}
                        data-testid="drop-postponed"
                      >
                        {a.dropPostponed}
                      </Button>
                    </span>
                  )}
                  {dropping === key(offer) && (
                    <form
                      className={styles.drop}
                      noValidate
                      onSubmit={(ev) => {
                        ev.preventDefault();
                        void onDrop(offer, reason).then((done) => {
                          if (done) {
                            setDropping(undefined);
                            setReason('');
                          }
                        });
                      }}
                      data-testid="drop-postponed-form"
                    >
                      <Field label={a.dropReason} required>
                        <Textarea
                          value={reason}
                          resize="vertical"
                          // The form opens on the reader's press: the reason field is where they continue.
                          autoFocus
                          onChange={(_ev, d) => setReason(d.value)}
                          data-testid="drop-reason"
                        />
                      </Field>
                      <span className={styles.actions}>
                        <Button type="submit" appearance="primary" disabled={busy} data-testid="confirm-drop">
                          {a.confirmDrop}
                        </Button>
                        <Button onClick={() => cancel(offer)} disabled={busy}>
                          {a.cancelDrop}
                        </Button>
                      </span>
                    </form>
                  )}
                </li>
              ))}
          </ul>
        </div>
      ))}
    </Section>
  );
}
