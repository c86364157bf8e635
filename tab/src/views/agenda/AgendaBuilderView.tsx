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
import { agendaApi } from '../../api/agenda-api';
import type { AgendaReply } from '../../../../bot/src/contracts/agenda';
import type { AgendaView } from '../../../../bot/src/domain/agenda-view';
import { useAnnouncer } from '../../state/use-announcer';
import { useAsync } from '../../state/use-async';
import { PerMeetingView, type MeetingShown } from '../PerMeetingView';
import { ApiError } from '../../api/api-client';
import { problemOfError } from '../../texts/problem-text';
import { problemText } from '../../../../bot/src/texts/problem-text';
import { SaveOutcome } from '../editing/SaveOutcome';
import { useSave } from '../editing/use-save';
import { NotLoadedView } from '../NotLoadedView';
import { MeetingPicker } from '../MeetingPicker';
import { Section } from '../Section';
import { useSharedStyles } from '../shared-styles';
import { VIEW_IDS, type ViewContext } from '../view-context';
import { AgendaItemForm } from './AgendaItemForm';
import { AgendaItemRow, moveButtonId } from './AgendaItemRow';
import { PostponedOffers } from './PostponedOffers';
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
  // Moves, removals and the offers: changes made from the list, each saved at once (the item form has its own save).
  const rows = useSave();
  const busy = rows.busy;
  const [focus, setFocus] = useState<{ id: string; n: number }>();
  const live = useAnnouncer();

  useEffect(() => {
    if (focus) document.getElementById(focus.id)?.focus();
  }, [focus]);
  const focusOn = (id: string) => setFocus((f) => ({ id, n: (f?.n ?? 0) + 1 }));

  const reload = () => {
    setLatest(undefined);
    setEditing(undefined);
    setRemoving(undefined);
    setAttempt((n) => n + 1);
  };
  // After a conflict: the agenda as stored, in place.
  const refresh = async () => {
    const fresh = (await api.load()).agenda;
    setLatest(fresh);
    setRemoving(undefined);
    return fresh;
  };

  const view = latest ?? (loaded.status === 'ok' ? loaded.value.agenda : undefined);
  if (!view) return <NotLoadedView state={loaded} onRetry={reload} />;

  const zone = view.council.timeZone;
  const items = view.items;
  const ordinary = items.filter((e) => e.item.standard === undefined);
  const etagOf = new Map(items.map((e) => [e.item.id, e.etag]));

  const run = (work: () => Promise<AgendaReply>, after: (reply: AgendaReply) => void) =>
    rows.save(work, {
      onSaved: (reply) => {
        setLatest(reply.agenda);
        after(reply);
      },
      onFieldProblem: () => undefined,
      // A list has no fields: the refusal is said above it.
      explain: (error) =>
        error instanceof ApiError && error.code === 'invalidValue' ? problemText(problemOfError(error), language) : undefined,
    });

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

  const saved = (reply: AgendaReply, itemId: string, message: string) => {
    setLatest(reply.agenda);
    setEditing(undefined);
    live.announce(message);
    focusOn(`item-${itemId}`);
  };

  return (
    <>
      <p className={shared.paragraph}>{a.builderIntro}</p>
      <div className={styles.picker}>
        <MeetingPicker timeZone={zone} meetings={meetings} meetingId={meeting.id} onChoose={onChoose} />
      </div>
      <p className={styles.live} role="status" aria-live="polite" data-testid="live">
        <span key={live.key}>{live.message}</span>
      </p>
      <SaveOutcome status={rows.status} onReload={() => void rows.reload(refresh, () => undefined)} />
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
        <PostponedOffers
          offers={view.postponedOffers}
          zone={zone}
          language={language}
          busy={busy}
          onAdd={(offer) => {
            const id = newId();
            void run(
              () => api.addPostponed(id, offer.item.id, offer.fromMeeting.id),
              () => {
                live.announce(a.added(offer.item.title));
                focusOn(`item-${id}`);
              },
            );
          }}
          onDrop={async (offer, reason) => {
            let dropped = false;
            await run(
              () => api.dropPostponed(offer.fromMeeting.id, offer.item.id, offer.etag, reason),
              () => {
                dropped = true;
                live.announce(a.postponedDropped(offer.item.title));
              },
            );
            return dropped;
          }}
        />
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
                onEdit={() => setEditing(id)}
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
                    send={(fields) => api.update(id, etagOf.get(id) ?? '', fields)}
                    onSaved={(reply, fields) => saved(reply, id, a.saved(fields.title))}
                    reload={refresh}
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
                send={(fields) => api.add(newItemId, fields)}
                onSaved={(reply, fields) => {
                  setNewItemId(newId());
                  saved(reply, newItemId, a.added(fields.title));
                }}
                reload={refresh}
                onCancel={() => setEditing(undefined)}
              />
            ) : (
              <Button
                appearance="primary"
                disabled={busy || editing !== undefined}
                onClick={() => setEditing('')}
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
