import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  makeStyles,
  tokens,
  typographyStyles,
} from '@fluentui/react-components';
import { useEffect, useMemo, useState } from 'react';
import { moveItem } from '../../../../bot/src/domain/agenda-edit';
import { formatCaseNumber } from '../../../../bot/src/domain/case-number';
import { formatMeetingTime } from '../../../../bot/src/domain/date-format';
import { agendaApi } from '../../api/agenda-api';
import type { AgendaItemInput, AgendaReply } from '../../../../bot/src/contracts/agenda';
import type { AgendaView } from '../../../../bot/src/domain/agenda-view';
import { useAnnouncer } from '../../state/use-announcer';
import { useAsync } from '../../state/use-async';
import { ConflictBar } from '../ConflictBar';
import { PerMeetingView, type MeetingShown } from '../PerMeetingView';
import { ErrorView } from '../ErrorView';
import { errorText } from '../error-text';
import { saveFailure, type SaveFailure } from '../field-problems';
import { LoadingView } from '../LoadingView';
import { MeetingPicker } from '../MeetingPicker';
import { Section } from '../Section';
import { useSharedStyles } from '../shared-styles';
import { VIEW_IDS, type ViewContext } from '../view-context';
import { AgendaItemForm } from './AgendaItemForm';
import { AgendaItemRow, moveButtonId } from './AgendaItemRow';
import { useLanguage, useTexts } from '../../texts/texts-context';

const useStyles = makeStyles({
  picker: { maxWidth: '32rem' },
  live: { ...typographyStyles.body1Strong, margin: 0, minHeight: '1.25rem' },
  list: {
    margin: 0,
    padding: 0,
    listStyleType: 'none',
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
  },
  offer: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalS,
  },
  add: {
    marginTop: tokens.spacingVerticalM,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    alignItems: 'flex-start',
  },
});

/** Saksliste: the secretary's agenda builder for a meeting (the upcoming one unless another is chosen). */
export function AgendaBuilderView({ ctx }: { ctx: ViewContext }) {
  const a = useTexts().agenda;
  return (
    <PerMeetingView ctx={ctx} viewId={VIEW_IDS.agenda} title={a.builderTitle} noMeetings={a.noMeetings}>
      {(shown) => <MeetingAgenda ctx={ctx} {...shown} />}
    </PerMeetingView>
  );
}

interface MeetingAgendaProps extends MeetingShown {
  ctx: ViewContext;
}

const newId = () => crypto.randomUUID();

function MeetingAgenda({ ctx, meeting, meetings, onChoose }: MeetingAgendaProps) {
  const { client, council } = ctx;
  const t = useTexts().app;
  const language = useLanguage();
  const a = useTexts().agenda;
  const styles = useStyles();
  const shared = useSharedStyles();
  const api = useMemo(() => agendaApi(client, council.id, meeting.id), [client, council.id, meeting.id]);
  const [attempt, setAttempt] = useState(0);
  const loaded = useAsync(() => api.load(), [api, attempt]);
  const [latest, setLatest] = useState<AgendaView>();
  const [editing, setEditing] = useState<string>();
  // A new item's id is made when its form opens, so a retried save adds it once.
  const [newItemId, setNewItemId] = useState(newId);
  const [removing, setRemoving] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<SaveFailure>();
  const [conflict, setConflict] = useState(false);
  const [focus, setFocus] = useState<{ id: string; n: number }>();
  const live = useAnnouncer();

  useEffect(() => {
    if (focus) document.getElementById(focus.id)?.focus();
  }, [focus]);
  const focusOn = (id: string) => setFocus((f) => ({ id, n: (f?.n ?? 0) + 1 }));

  const reload = () => {
    setLatest(undefined);
    setConflict(false);
    setFailure(undefined);
    setEditing(undefined);
    setRemoving(undefined);
    setAttempt((n) => n + 1);
  };

  const view = latest ?? (loaded.status === 'ok' ? loaded.value.agenda : undefined);
  if (!view) {
    if (loaded.status === 'error') return <ErrorView message={errorText(loaded.error, t)} onRetry={reload} />;
    return <LoadingView label={t.loading} />;
  }

  const zone = view.council.timeZone;
  const items = view.items;
  const ordinary = items.filter((e) => e.item.standard === undefined);
  const etagOf = new Map(items.map((e) => [e.item.id, e.etag]));

  const run = async (work: () => Promise<AgendaReply>, after: (reply: AgendaReply) => void) => {
    setBusy(true);
    setFailure(undefined);
    try {
      const reply = await work();
      setLatest(reply.agenda);
      after(reply);
    } catch (error) {
      const problem = saveFailure(error, language);
      if (problem.kind === 'conflict') setConflict(true);
      else setFailure(problem);
    } finally {
      setBusy(false);
    }
  };

  const move = (itemId: string, title: string, direction: 'up' | 'down') => {
    const ids = moveItem(
      items.map((e) => e.item),
      itemId,
      direction,
    );
    void run(
      () => api.reorder(ids.map((id) => ({ id, etag: etagOf.get(id) ?? '' }))),
      (reply) => {
        const now = reply.agenda.items.filter((e) => e.item.standard === undefined);
        live.announce(a.moved(title, now.findIndex((e) => e.item.id === itemId) + 1, now.length));
        focusOn(moveButtonId(itemId, direction));
      },
    );
  };

  const save = (itemId: string | undefined, fields: AgendaItemInput) => {
    if (itemId === undefined) {
      const id = newItemId;
      void run(
        () => api.add(id, fields),
        () => {
          setEditing(undefined);
          setNewItemId(newId());
          live.announce(a.added(fields.title));
          focusOn(`item-${id}`);
        },
      );
      return;
    }
    void run(
      () => api.update(itemId, etagOf.get(itemId) ?? '', fields),
      () => {
        setEditing(undefined);
        live.announce(a.saved(fields.title));
        focusOn(`item-${itemId}`);
      },
    );
  };

  const formFailure = editing !== undefined ? failure : undefined;
  const rowFailure = editing === undefined ? failure : undefined;

  return (
    <>
      <p className={shared.paragraph}>{a.builderIntro}</p>
      <div className={styles.picker}>
        <MeetingPicker timeZone={zone} meetings={meetings} meetingId={meeting.id} onChoose={onChoose} />
      </div>
      <p className={styles.live} role="status" aria-live="polite" data-testid="live">
        <span key={live.key}>{live.message}</span>
      </p>
      {conflict && <ConflictBar onReload={reload} />}
      {rowFailure && (
        <MessageBar intent="error" layout="multiline" role="alert">
          <MessageBarBody>
            {rowFailure.kind === 'other' ? errorText(rowFailure.error, t) : rowFailure.kind === 'field' ? rowFailure.text : ''}
          </MessageBarBody>
        </MessageBar>
      )}
      {view.changesRecorded && (
        <MessageBar intent="warning" layout="multiline" data-testid="changes-recorded">
          <MessageBarBody>{a.changesRecordedNote}</MessageBarBody>
        </MessageBar>
      )}
      {!view.editable && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{view.canMarkPostponed ? `${a.closedNote} ${a.postponeNote}` : a.closedNote}</MessageBarBody>
        </MessageBar>
      )}
      {view.editable && view.meeting.agendaLockedAt === undefined && <p className={shared.note}>{a.notLockedNote}</p>}
      {view.missingStandardItems.length > 0 && (
        <MessageBar intent="warning" layout="multiline" data-testid="missing-standard">
          <MessageBarBody>{a.missingStandard}</MessageBarBody>
          <MessageBarActions>
            <Button
              appearance="primary"
              disabled={busy}
              onClick={() =>
                void run(
                  () => api.addStandardItems(),
                  () => live.announce(a.standardAdded),
                )
              }
              data-testid="add-standard-items"
            >
              {a.addStandard}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {view.postponedOffers.length > 0 && (
        <Section id="postponed-offers" title={a.postponedHeading} testId="postponed-offers">
          <p className={shared.note}>
            {a.postponedIntro(
              formatMeetingTime(
                view.postponedOffers[0]!.fromMeeting.startsAt,
                view.postponedOffers[0]!.fromMeeting.endsAt,
                zone,
                language,
              ),
            )}
          </p>
          <ul className={shared.plainList}>
            {view.postponedOffers.map((offer) => (
              <li key={offer.item.id} className={styles.offer} data-testid="postponed-offer">
                <span>
                  <strong>{offer.item.title}</strong>
                  {offer.item.caseNumber && ` (${a.postponedFrom(formatCaseNumber(offer.item.caseNumber))})`}
                </span>
                <Button
                  disabled={busy}
                  aria-label={a.addPostponedLabel(offer.item.title)}
                  onClick={() => {
                    const id = newId();
                    void run(
                      () => api.addPostponed(id, offer.item.id),
                      () => {
                        live.announce(a.added(offer.item.title));
                        focusOn(`item-${id}`);
                      },
                    );
                  }}
                  data-testid="add-postponed"
                >
                  {a.addPostponed}
                </Button>
              </li>
            ))}
          </ul>
        </Section>
      )}

      <Section id="agenda-items" title={a.itemsHeading} testId="agenda-builder">
        <ol className={styles.list} aria-labelledby="agenda-items-heading">
          {items.map((entry) => {
            const index = ordinary.findIndex((e) => e.item.id === entry.item.id);
            const id = entry.item.id;
            return (
              <AgendaItemRow
                key={id}
                entry={entry}
                place={index >= 0 ? { index: index + 1, count: ordinary.length } : undefined}
                editable={view.editable}
                canMarkPostponed={view.canMarkPostponed}
                busy={busy}
                confirmingRemoval={removing === id}
                onMove={(direction) => move(id, entry.item.title, direction)}
                onEdit={() => {
                  setFailure(undefined);
                  setEditing(id);
                }}
                onAskRemove={() => setRemoving(id)}
                onCancelRemove={() => setRemoving(undefined)}
                onRemove={() =>
                  void run(
                    () => api.remove(id, entry.etag),
                    () => {
                      setRemoving(undefined);
                      live.announce(a.removed(entry.item.title));
                      focusOn('add-item-button');
                    },
                  )
                }
                onMarkPostponed={(postponed) =>
                  void run(
                    () => api.markPostponed(id, entry.etag, postponed),
                    () => live.announce(a.postponedMarked(entry.item.title, postponed)),
                  )
                }
              >
                {editing === id && (
                  <AgendaItemForm
                    heading={a.editItemHeading(entry.item.title)}
                    item={entry.item}
                    attachmentNumbers={entry.attachmentNumbers}
                    busy={busy}
                    failure={formFailure}
                    onSave={(fields) => save(id, fields)}
                    onCancel={() => {
                      setEditing(undefined);
                      focusOn(`item-${id}`);
                    }}
                  />
                )}
              </AgendaItemRow>
            );
          })}
        </ol>
        {view.editable && (
          <div className={styles.add}>
            {editing === '' ? (
              <AgendaItemForm
                heading={a.newItemHeading}
                busy={busy}
                failure={formFailure}
                onSave={(fields) => save(undefined, fields)}
                onCancel={() => setEditing(undefined)}
              />
            ) : (
              <Button
                appearance="primary"
                disabled={busy || editing !== undefined}
                onClick={() => {
                  setFailure(undefined);
                  setEditing('');
                }}
                id="add-item-button"
                data-testid="add-item"
              >
                {a.addItem}
              </Button>
            )}
          </div>
        )}
      </Section>
    </>
  );
}
