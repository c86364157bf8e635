import { Field, Input, MessageBar, MessageBarBody, makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { ChannelTab } from '../teams/channel-tab-config';
import { channelTabFor } from './channel-tab';
import { useTexts } from '../texts/texts-context';

const useStyles = makeStyles({
  main: {
    boxSizing: 'border-box',
    maxWidth: '40rem',
    padding: tokens.spacingHorizontalL,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalL,
    overflowWrap: 'break-word',
  },
  h1: { ...typographyStyles.title3, margin: 0 },
  paragraph: { ...typographyStyles.body1, margin: 0 },
  name: { maxWidth: '24rem' },
});

export interface ConfigPageProps {
  /** Inside Teams: offer the tab for saving (undefined takes the offer back). Outside Teams: absent. */
  offer?: (tab: ChannelTab | undefined, onSaveFailed: (reason: string) => void) => void;
}

/** The channel tab's settings page: Teams shows it in its "add a tab" dialog, with its own Save button. */
export function ConfigPage({ offer }: ConfigPageProps) {
  const t = useTexts().config;
  const styles = useStyles();
  const [name, setName] = useState(t.defaultName);
  const [saveError, setSaveError] = useState<string>();
  const tab = channelTabFor(window.location, name);

  useEffect(() => {
    offer?.(tab, (reason) => {
      // Teams' reason is English and technical: the console keeps it, the person reads ours.
      console.warn('Teams could not save the tab', reason);
      setSaveError(t.saveFailed);
    });
    // The tab is derived from the name; offering again on each change keeps Save in step with the field.
  }, [offer, name, t]);

  let status = '';
  if (saveError) status = saveError;
  else if (offer && tab) status = t.pressSave;

  return (
    <main className={styles.main}>
      <h1 className={styles.h1}>{t.title}</h1>
      <p className={styles.paragraph}>{t.intro}</p>
      {!offer && (
        <MessageBar intent="info" layout="multiline" data-testid="not-in-teams">
          <MessageBarBody>{t.notInTeams}</MessageBarBody>
        </MessageBar>
      )}
      <Field
        className={styles.name}
        label={t.nameLabel}
        hint={t.nameHint}
        required
        validationState={tab ? 'none' : 'error'}
        validationMessage={tab ? undefined : t.nameRequired}
      >
        <Input value={name} onChange={(_event, data) => setName(data.value)} data-testid="tab-name" />
      </Field>
      <p className={styles.paragraph} role="status" aria-live="polite" data-testid="config-status">
        {status}
      </p>
    </main>
  );
}
