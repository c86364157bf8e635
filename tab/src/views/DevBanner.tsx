import { Field, MessageBar, MessageBarBody, Select, makeStyles, tokens } from '@fluentui/react-components';
import type { DemoUser } from '../api/api-types';
import { useTexts } from '../texts/texts-context';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  picker: { maxWidth: '24rem' },
});

export interface DevBannerProps {
  demoUsers: readonly DemoUser[];
  /** The user the server says we are now. */
  currentUser: { aadObjectId: string; name: string };
  onChooseUser: (aadObjectId: string) => void;
}

/** Shown only outside Teams when the server runs in dev mode: a warning and a way to act as another demo member. */
export function DevBanner({ demoUsers, currentUser, onChooseUser }: DevBannerProps) {
  const t = useTexts().app;
  const styles = useStyles();
  const known = demoUsers.some((u) => u.aadObjectId === currentUser.aadObjectId);
  return (
    <div className={styles.root} data-print="hide">
      <MessageBar intent="warning" layout="multiline" data-testid="dev-banner">
        <MessageBarBody>
          <strong>{t.devBanner}</strong>
        </MessageBarBody>
      </MessageBar>
      {demoUsers.length > 0 && (
        <Field label={t.devUserLabel} className={styles.picker}>
          <Select
            data-testid="dev-user-picker"
            value={currentUser.aadObjectId}
            onChange={(_event, data) => onChooseUser(data.value)}
          >
            {!known && <option value={currentUser.aadObjectId}>{currentUser.name}</option>}
            {demoUsers.map((u) => (
              <option key={u.aadObjectId} value={u.aadObjectId}>
                {`${u.name} (${t.role[u.role]})`}
              </option>
            ))}
          </Select>
        </Field>
      )}
    </div>
  );
}
