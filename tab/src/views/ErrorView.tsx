import { Button, MessageBar, MessageBarBody, makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import { useTexts } from '../texts/texts-context';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, alignItems: 'flex-start' },
  h1: { ...typographyStyles.title3, margin: 0 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

export interface ErrorViewProps {
  message: string;
  onRetry: () => void;
  /** Offered in dev mode when a remembered demo user may be what the server rejects. */
  onResetDevUser?: () => void;
}

export function ErrorView({ message, onRetry, onResetDevUser }: ErrorViewProps) {
  const t = useTexts().app;
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <h1 className={styles.h1}>{t.errorTitle}</h1>
      <MessageBar intent="error" layout="multiline" data-testid="error" role="alert">
        <MessageBarBody>{message}</MessageBarBody>
      </MessageBar>
      <div className={styles.actions}>
        <Button appearance="primary" onClick={onRetry}>
          {t.retry}
        </Button>
        {onResetDevUser && <Button onClick={onResetDevUser}>{t.devUserReset}</Button>}
      </div>
    </div>
  );
}
