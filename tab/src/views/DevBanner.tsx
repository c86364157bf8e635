import { Field, MessageBar, MessageBarBody, Select, makeStyles, tokens } from '@fluentui/react-components';
import { formatDeadline } from '../../../bot/src/domain/date-format';
import type { DevClock, DevCouncilPeople } from '../../../bot/src/contracts/me';
import type { DevUser } from '../dev/dev-user';
import { useLanguage, useTexts } from '../texts/texts-context';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  picker: { maxWidth: '24rem' },
});

export interface DevBannerProps {
  /** The zone the dev clock's start is shown in (the council's). */
  timeZone: string;
  /** The people of every council in storage, by council. */
  groups: readonly DevCouncilPeople[];
  /** The user the server says we are now. */
  currentUser: { aadObjectId: string; name: string; tenantId: string };
  /** Set when the server runs on a dev clock. */
  clock?: DevClock;
  onChooseUser: (user: DevUser) => void;
}

/**
 * Shown only outside Teams when the server runs in dev mode: a warning, the dev
 * clock if one runs, and a way to act as anyone of any council, in its tenant.
 */
export function DevBanner({ timeZone, groups, currentUser, clock, onChooseUser }: DevBannerProps) {
  const styles = useStyles();
  const language = useLanguage();
  const { app: t, dev: texts } = useTexts();
  const known = groups.some(
    (g) => g.tenantId === currentUser.tenantId && g.people.some((p) => p.aadObjectId === currentUser.aadObjectId),
  );
  const clockText =
    clock === undefined
      ? undefined
      : clock.start === undefined
        ? texts.clockFromNow(clock.speed)
        : texts.clockFrom(formatDeadline(clock.start, timeZone, language), clock.speed);
  return (
    <div className={styles.root}>
      <MessageBar intent="warning" layout="multiline" data-testid="dev-banner">
        <MessageBarBody>
          <strong>{t.devBanner}</strong>
          {clockText !== undefined && (
            <>
              <br />
              <span data-testid="dev-clock">{clockText}</span>
            </>
          )}
        </MessageBarBody>
      </MessageBar>
      {groups.length > 0 && (
        <Field label={t.devUserLabel} className={styles.picker}>
          <Select
            data-testid="dev-user-picker"
            value={currentUser.aadObjectId}
            onChange={(event, data) => {
              // The option's group says the tenant: the same id may be someone else in another tenant.
              const tenantId = event.target.selectedOptions[0]?.dataset['tenantId'];
              onChooseUser({ aadObjectId: data.value, ...(tenantId ? { tenantId } : {}) });
            }}
          >
            {!known && (
              <option value={currentUser.aadObjectId} data-tenant-id={currentUser.tenantId}>
                {currentUser.name}
              </option>
            )}
            {groups.map((g) => (
              <optgroup key={`${g.tenantId}|${g.councilId}`} label={texts.peopleOf(g.councilName, g.tenantId)}>
                {g.people.map((u) => (
                  <option key={u.aadObjectId} value={u.aadObjectId} data-tenant-id={g.tenantId}>
                    {`${u.name} (${t.role[u.role]})`}
                  </option>
                ))}
              </optgroup>
            ))}
          </Select>
        </Field>
      )}
    </div>
  );
}
