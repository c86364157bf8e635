import {
  Badge,
  Button,
  Checkbox,
  Field,
  MessageBar,
  MessageBarBody,
  Select,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useMemo, useState, type FormEvent } from 'react';
import { formatCaseNumber } from '../../../../bot/src/domain/case-number';
import { formatDate, formatMeetingTime } from '../../../../bot/src/domain/date-format';
import type { DraftItem } from '../../../../bot/src/domain/minutes-draft';
import type { MinutesReply } from '../../../../bot/src/contracts/minutes';
import { minutesPersonText, openFollowUpText } from '../../../../bot/src/texts/minutes-lines';
import { minutesApi, type MinutesApi } from '../../api/minutes-api';
import { useLanguage, useTexts } from '../../texts/texts-context';
import { useFormStyles } from '../editing/form-styles';
import { LiveStatus } from '../editing/LiveStatus';
import { SaveBar } from '../editing/SaveBar';
import { useSave } from '../editing/use-save';
import { ViewHeader } from '../inputs/ViewHeader';
import { useMeetingData } from '../inputs/use-meeting-data';
import { NotLoadedView } from '../NotLoadedView';
import { useSharedStyles } from '../shared-styles';
import { VIEW_IDS, type ViewContext } from '../view-context';
import { PackageDocumentActions, PublicVersionSwitch } from '../PackageDocumentActions';
import { AmendmentForm, AmendmentList } from './ItemAmendments';
import { AttendanceCorrectionForm } from './AttendanceCorrectionForm';
import { ItemFollowUps } from './ItemFollowUps';
import { MinutesItemEditor } from './MinutesItemEditor';
import { PeopleOptions } from './PeopleOptions';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalL, maxWidth: '56rem' },
  item: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  badges: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  documents: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-start', gap: tokens.spacingHorizontalM },
});

function itemHeading(item: DraftItem): string {
  return item.caseNumber ? `${formatCaseNumber(item.caseNumber)} ${item.title}` : item.title;
}

/** Referat: the secretary and the minute-taker hold the meeting and write it; members read it once it is sent. */
export function MinutesView({ ctx }: { ctx: ViewContext }) {
  const t = useTexts().minutes;
  const styles = useStyles();
  const api = useMemo(() => minutesApi(ctx.client, ctx.council.id), [ctx.client, ctx.council.id]);
  const { state, reload } = useMeetingData(ctx, (meetingId) => api.load(meetingId));
  if (!state.value) return <NotLoadedView state={state} onRetry={reload} />;
  const { meetings, data } = state.value;
  if (!data) {
    return (
      <div className={styles.root}>
        <h1>{t.heading}</h1>
        <p>{t.noMeetings}</p>
      </div>
    );
  }
  return (
    <div className={styles.root}>
      <ViewHeader
        ctx={ctx}
        viewId={VIEW_IDS.minutes}
        title={t.heading}
        meetings={meetings}
        meeting={data.meeting}
        timeZone={data.timeZone}
        onRefresh={reload}
        refreshing={state.status === 'loading'}
      />
      <MinutesContentView key={`${data.meeting.id}:${data.meetingEtag}`} ctx={ctx} api={api} initial={data} onHeld={reload} />
    </div>
  );
}

function MinutesContentView({
  ctx,
  api,
  initial,
  onHeld,
}: {
  ctx: ViewContext;
  api: MinutesApi;
  initial: MinutesReply;
  onHeld: () => void;
}) {
  const texts = useTexts();
  const t = texts.minutes;
  const language = useLanguage();
  const shared = useSharedStyles();
  const styles = useStyles();
  const [reply, setReply] = useState(initial);
  const { meeting, minutes, timeZone } = reply;

  if (!minutes) {
    const holdable =
      reply.canManage && (meeting.status === 'noticeSent' || meeting.status === 'collecting' || meeting.status === 'held');
    return holdable ? (
      <HoldForm api={api} reply={reply} onHeld={onHeld} />
    ) : (
      <p data-testid="minutes-not-available">{meeting.status === 'minutesDraft' ? t.notReadable : t.notHeld}</p>
    );
  }
  const draft = meeting.status === 'minutesDraft';
  const { draft: doc } = minutes;
  return (
    <>
      <div className={styles.badges}>
        <Badge appearance="outline" data-testid="minutes-state">
          {meeting.status === 'archived' ? t.archivedBadge : minutes.approval ? t.approvedBadge : t.draftBadge}
        </Badge>
      </div>
      <MinutesDocuments ctx={ctx} meetingId={meeting.id} />
      {minutes.sentForApproval && draft && (
        <p data-testid="minutes-sent">{t.sentForApproval(formatDate(minutes.sentForApproval.at, timeZone, language))}</p>
      )}
      {minutes.approval && (
        <MessageBar intent="success" layout="multiline" data-testid="minutes-approved">
          <MessageBarBody>
            {t.approvedOn(formatDate(minutes.approval.at, timeZone, language))} {t.frozen}
            {minutes.approval.corrections && ` ${t.correctionsWere(minutes.approval.corrections)}`}
          </MessageBarBody>
        </MessageBar>
      )}

      <section className={shared.section} aria-labelledby="minutes-present">
        <h2 id="minutes-present" className={shared.h2}>
          {t.present}
        </h2>
        <ul className={shared.bulletList} data-testid="minutes-present-list">
          {doc.present.map((p) => (
            <li key={p.memberId}>{minutesPersonText(p, texts)}</li>
          ))}
        </ul>
        <h2 className={shared.h2}>{t.apologies}</h2>
        <ul className={shared.bulletList} data-testid="minutes-apologies-list">
          {doc.apologies.map((p) => (
            <li key={p.memberId}>{minutesPersonText(p, texts)}</li>
          ))}
        </ul>
        {reply.canWrite && draft && <AttendanceCorrectionForm api={api} reply={reply} onSaved={setReply} />}
      </section>

      <section className={shared.section} aria-labelledby="minutes-taker">
        <h2 id="minutes-taker" className={shared.h2}>
          {t.minuteTaker}
        </h2>
        <p data-testid="minutes-taker-name">{doc.minuteTaker ? doc.minuteTaker.name : t.noMinuteTaker}</p>
        {reply.canManage && draft && <MinuteTakerForm api={api} reply={reply} onSaved={setReply} />}
      </section>

      {doc.items.map((item) => (
        <section
          key={item.itemId}
          className={`${shared.section} ${styles.item}`}
          aria-labelledby={`minutes-item-${item.itemId}`}
          data-testid="minutes-item"
        >
          <h2 id={`minutes-item-${item.itemId}`} className={shared.h2}>
            {t.item} {itemHeading(item)}
          </h2>
          {item.responsible && <p className={shared.muted}>{`${t.responsible}: ${item.responsible}`}</p>}
          {item.postponedFrom && item.postponedFrom.length > 0 && (
            <p className={shared.muted}>{t.postponedFrom(item.postponedFrom.map(formatCaseNumber).join(', '))}</p>
          )}
          {item.writtenInput.length > 0 && (
            <>
              <h3 className={shared.h3}>{t.writtenInput}</h3>
              <ul className={shared.bulletList}>
                {item.writtenInput.map((w, i) => (
                  <li key={i}>{`${w.name}: ${w.answer}`}</li>
                ))}
              </ul>
            </>
          )}
          {reply.canWrite && draft && minutes.partEtags[item.itemId] !== undefined ? (
            <MinutesItemEditor
              api={api}
              councilId={ctx.council.id}
              meetingId={meeting.id}
              item={item}
              heading={itemHeading(item)}
              etag={minutes.partEtags[item.itemId]!}
              onSaved={setReply}
            />
          ) : (
            <ItemText item={item} timeZone={timeZone} />
          )}
          <ItemFollowUps
            api={api}
            reply={reply}
            item={item}
            heading={itemHeading(item)}
            meId={ctx.me.user.aadObjectId}
            onChanged={setReply}
          />
          {reply.canManage && meeting.status === 'minutesApproved' && (
            <AmendmentForm api={api} reply={reply} item={item} heading={itemHeading(item)} onSaved={setReply} />
          )}
        </section>
      ))}

      <section className={shared.section} aria-labelledby="minutes-follow-ups">
        <h2 id="minutes-follow-ups" className={shared.h2}>
          {t.openFollowUps}
        </h2>
        {doc.openFollowUps.length === 0 ? (
          <p>{t.noOpenFollowUps}</p>
        ) : (
          <ul className={shared.bulletList}>
            {doc.openFollowUps.map((f) => (
              <li key={f.id}>{openFollowUpText(f, timeZone, language, texts)}</li>
            ))}
          </ul>
        )}
        <h2 className={shared.h2}>{t.nextMeeting}</h2>
        <p data-testid="minutes-next-meeting">
          {doc.nextMeeting ? formatMeetingTime(doc.nextMeeting.startsAt, doc.nextMeeting.endsAt, timeZone, language) : '–'}
        </p>
      </section>

      {reply.canManage && draft && <ApprovalPanel api={api} reply={reply} onSaved={setReply} />}
    </>
  );
}

/** Word, PDF and "Skriv ut" (the printable HTML) of the minutes as this person may read them, or their public version. */
function MinutesDocuments({ ctx, meetingId }: { ctx: ViewContext; meetingId: string }) {
  const styles = useStyles();
  const [publicVersion, setPublicVersion] = useState(false);
  return (
    <div className={styles.documents} data-testid="minutes-documents">
      <PublicVersionSwitch checked={publicVersion} onChange={setPublicVersion} testId="minutes-public-version" />
      <PackageDocumentActions
        client={ctx.client}
        councilId={ctx.council.id}
        meetingId={meetingId}
        document="minutes"
        publicVersion={publicVersion}
      />
    </div>
  );
}

function ItemText({ item, timeZone }: { item: DraftItem; timeZone: string }) {
  const t = useTexts().minutes;
  const shared = useSharedStyles();
  const { part } = item;
  return (
    <div data-testid="minutes-item-text">
      {part.notReached && <p>{t.notReached}</p>}
      {part.notes !== '' && <p className={shared.preWrap}>{part.notes}</p>}
      {part.qa.length > 0 && (
        <ul className={shared.bulletList} aria-label={t.qa}>
          {part.qa.map((l, i) => (
            <li key={i}>{l.name === '' ? l.text : `${l.name}: ${l.text}`}</li>
          ))}
        </ul>
      )}
      {part.decision !== '' && (
        <p className={shared.preWrap}>
          <strong>{t.decision}:</strong> {part.decision}
        </p>
      )}
      <AmendmentList item={item} timeZone={timeZone} />
    </div>
  );
}

function HoldForm({ api, reply, onHeld }: { api: MinutesApi; reply: MinutesReply; onHeld: () => void }) {
  const t = useTexts().minutes;
  const styles = useFormStyles();
  const save = useSave();
  const [elsewhere, setElsewhere] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void save.save(() => api.hold(reply.meeting.id, reply.meetingEtag, elsewhere), {
      onSaved: onHeld,
      onFieldProblem: () => undefined,
    });
  };
  return (
    <form className={styles.form} onSubmit={submit} noValidate data-testid="minutes-hold-form" aria-label={t.hold}>
      <p className={styles.intro}>{t.holdIntro}</p>
      {reply.meeting.status === 'collecting' && (
        <Checkbox checked={elsewhere} label={t.noticeSentElsewhere} onChange={(_, d) => setElsewhere(d.checked === true)} />
      )}
      <SaveBar save={save} onReload={onHeld} label={t.hold} testId="minutes-hold" />
    </form>
  );
}

function MinuteTakerForm({ api, reply, onSaved }: { api: MinutesApi; reply: MinutesReply; onSaved: (r: MinutesReply) => void }) {
  const t = useTexts().minutes;
  const styles = useFormStyles();
  const save = useSave();
  const minutes = reply.minutes!;
  const [chosen, setChosen] = useState(minutes.minuteTakerId ?? '');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void save.save(() => api.nameMinuteTaker(reply.meeting.id, minutes.etag, chosen === '' ? null : chosen), {
      onSaved: (r) => {
        save.announce('success', t.saved);
        onSaved(r);
      },
      onFieldProblem: () => undefined,
    });
  };
  return (
    <form className={styles.form} onSubmit={submit} noValidate data-testid="minutes-taker-form" aria-label={t.chooseMinuteTaker}>
      <Field label={t.chooseMinuteTaker}>
        <Select value={chosen} data-testid="minutes-taker-select" onChange={(_, d) => setChosen(d.value)}>
          <PeopleOptions people={reply.people} none="–" />
        </Select>
      </Field>
      <LiveStatus value={save.announced} />
      <SaveBar save={save} onReload={() => undefined} label={t.saveMinuteTaker} testId="minutes-taker-save" />
    </form>
  );
}

function ApprovalPanel({ api, reply, onSaved }: { api: MinutesApi; reply: MinutesReply; onSaved: (r: MinutesReply) => void }) {
  const t = useTexts().minutes;
  const shared = useSharedStyles();
  const styles = useFormStyles();
  const send = useSave();
  const approve = useSave();
  const [corrections, setCorrections] = useState('');
  const minutes = reply.minutes!;
  const sendNow = () =>
    void send.save(() => api.sendForApproval(reply.meeting.id, minutes.etag), {
      onSaved: (r) => {
        send.announce('success', r.channel ? t.channel[r.channel] : t.saved);
        onSaved(r);
      },
      onFieldProblem: () => undefined,
    });
  const submitApproval = (event: FormEvent) => {
    event.preventDefault();
    void approve.save(() => api.approve(reply.meeting.id, minutes.etag, corrections), {
      onSaved,
      onFieldProblem: () => undefined,
    });
  };
  return (
    <section className={shared.section} aria-labelledby="minutes-approval">
      <h2 id="minutes-approval" className={shared.h2}>
        {t.sendForApproval}
      </h2>
      <Button
        appearance={minutes.sentForApproval ? 'secondary' : 'primary'}
        onClick={sendNow}
        disabled={send.busy}
        data-testid="minutes-send"
      >
        {t.sendForApproval}
      </Button>
      <LiveStatus value={send.announced} testId="minutes-send-status" />
      {minutes.sentForApproval && (
        <form
          className={styles.form}
          onSubmit={submitApproval}
          noValidate
          data-testid="minutes-approve-form"
          aria-label={t.approve}
        >
          <p className={styles.intro}>{t.approveIntro}</p>
          <Field label={t.corrections}>
            <Textarea value={corrections} onChange={(_, d) => setCorrections(d.value)} data-testid="minutes-corrections" />
          </Field>
          <SaveBar save={approve} onReload={() => undefined} label={t.approve} testId="minutes-approve" />
        </form>
      )}
    </section>
  );
}
