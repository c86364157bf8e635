import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';

/** Styles the sections share, so the page reads as one document at any width. */
export const useSharedStyles = makeStyles({
  section: {
    minWidth: 0,
    padding: tokens.spacingHorizontalL,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  h2: { ...typographyStyles.subtitle1, margin: `0 0 ${tokens.spacingVerticalM}` },
  h3: { ...typographyStyles.body1Strong, margin: 0 },
  plainList: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
  },
  bulletList: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
  muted: { ...typographyStyles.caption1, color: tokens.colorNeutralForeground3, margin: 0 },
  paragraph: { margin: 0 },
  note: { ...typographyStyles.body1, color: tokens.colorNeutralForeground2, margin: `0 0 ${tokens.spacingVerticalM}` },
  details: { margin: 0, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  term: { ...typographyStyles.body1Strong },
  definition: { margin: `0 0 ${tokens.spacingVerticalS}` },
  preWrap: { whiteSpace: 'pre-wrap', margin: 0 },
  /** One entry of a list of cards (a meeting, a member). */
  card: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
    minWidth: 0,
  },
  cardActions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, marginTop: tokens.spacingVerticalXS },
});
