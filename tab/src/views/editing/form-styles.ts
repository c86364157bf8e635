import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';

/** Forms of the secretary's views: one column, readable width, buttons that wrap on a phone. */
export const useFormStyles = makeStyles({
  form: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    maxWidth: '40rem',
    minWidth: 0,
    // A Field lays out as a grid, whose items are as wide as their content: a select
    // with a long option (English "The council's language (…)") would push the page
    // sideways at 320 px. Let selects shrink to the column instead.
    '& .fui-Field, & .fui-Select, & select': { minWidth: 0, maxWidth: '100%' },
  },
  /** A form opened inside a list (an agenda item, a decision), set off from the list around it. */
  panel: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  heading: { ...typographyStyles.title3, margin: 0, ':focus-visible': { outlineOffset: '2px' } },
  intro: { ...typographyStyles.body1, color: tokens.colorNeutralForeground2, margin: 0 },
  row: {
    display: 'grid',
    gap: tokens.spacingHorizontalM,
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 10rem), 1fr))',
    // A grid item is as wide as its content by default: a select with a long option
    // (English "The council's language (…)") would push the page sideways at 320 px.
    '& > *': { minWidth: 0 },
  },
  fieldset: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    margin: 0,
    padding: tokens.spacingHorizontalM,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    minWidth: 0,
  },
  legend: { ...typographyStyles.body1Strong, padding: `0 ${tokens.spacingHorizontalXS}` },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  note: { ...typographyStyles.caption1, color: tokens.colorNeutralForeground2, margin: 0 },
});
