import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import { useTexts } from '../texts/texts-context';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  h1: { ...typographyStyles.title2, margin: 0 },
  text: { ...typographyStyles.body1, margin: 0 },
});

export function NoUpcomingMeeting({ councilName }: { councilName: string }) {
  const t = useTexts().app;
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <h1 className={styles.h1} data-testid="meeting-title">
        {councilName}
      </h1>
      <p className={styles.text} data-testid="no-upcoming">
        {t.noUpcomingMeetings}
      </p>
    </div>
  );
}
