import type { Catalogue } from '../catalogue';

export const settings: Catalogue['settings'] = {
  nav: 'Settings',
  heading: 'Council settings',
  languageHeading: 'Language and time',
  fieldLanguage: 'The council’s language',
  languageHint: 'Cards, notices and minutes are written in this language. Each member can choose their own.',
  fieldTimeZone: 'Time zone',
  timeZoneHint: 'Meeting times and deadlines are shown in this zone, and the case-number year is counted in it.',
  quorumHeading: 'Quorum',
  quorumLegend: 'The council has a quorum when',
  quorumMoreThanHalf: 'more than half of the voting members are present',
  quorumAtLeast: 'a fixed number of voting members are present',
  fieldQuorumCount: 'Number who must be present',
  quorumPreview: (voting, required) => `With today’s ${voting} voting members, at least ${required} must be present.`,
  caseNumbersHeading: 'Case numbers',
  caseNumbersIntro:
    'Items are numbered per calendar year (23/26, 24/26 …) when the agenda is locked. If the council starts using Utvalg mid-year, say here where its series continues.',
  fieldContinueSeries: 'The series continues from a given number',
  fieldCaseYear: 'Year',
  fieldCaseNext: 'Next case number',
  caseNumberPreview: (caseNumber) => `The next item will be ${caseNumber}.`,
  caseNumbersTaken: (lastTaken) => `Last number used: ${lastTaken}. A number is never used twice.`,
  caseNumbersFromOne: 'Otherwise every year starts at 1.',
  inputHeading: 'Written input',
  inputLegend: 'Who reads written input before the meeting?',
  inputVisibility: {
    secretaryUntilMeeting: {
      label: 'Only the secretary, until the meeting',
      hint: 'Input is collected by the secretary and presented at the meeting. Recommended.',
    },
    allMembers: {
      label: 'All members, at once',
      hint: 'Members see each other’s input as soon as it is sent.',
    },
  },
  offentleglova:
    'Input shared with all members before the meeting may count as case documents that the public can ask to see under the Norwegian Freedom of Information Act (offentleglova). Kept with the secretary until the meeting, it is easier to treat as working material for preparing the case. If in doubt, ask your organisation’s archive or legal staff.',
  saved: 'The settings are saved.',
  languageNames: { nb: 'Norwegian Bokmål', nn: 'Norwegian Nynorsk', en: 'English' },
};
