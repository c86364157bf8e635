import { COMMON_TIME_ZONES, isTimeZone } from '../domain/council-setup';
import { LANGUAGES, type Language } from '../domain/language';
import { LIMITS } from '../domain/limits';
import type { FieldProblem } from '../domain/problem';
import { problemText } from '../texts/problem-text';
import { bindCard, type AdaptiveCard } from './bind-card';
import { textsFor, type Catalogue } from '../texts/catalogue';
import template from './setup-card.json';

/** The form's inputs, as the card sends them back (`id` of each input). */
export const SETUP_FIELDS = ['councilName', 'language', 'timeZone', 'kind', 'parentCouncilId'] as const;
export type SetupField = (typeof SETUP_FIELDS)[number];

/** What the form shows in its inputs: the person's own values, kept as they sent them. */
export type SetupFormValues = Record<SetupField, string>;

/** A problem with one field of the setup form. */
export type SetupProblem = FieldProblem;

export type SetupCardData =
  /** The form, for the person setting up. */
  | {
      view: 'form';
      language: Language;
      installerTeamsUserId: string;
      values: SetupFormValues;
      regionalCouncils: { id: string; name: string }[];
      problems: SetupProblem[];
    }
  /** What everyone else in the channel sees while one person sets up; refreshes into the form for that person. */
  | { view: 'inProgress'; language: Language; installerName: string; installerTeamsUserId: string }
  /** The council exists: just set up, or found when someone asked again. */
  | { view: 'linked'; language: Language; councilName: string; secretaries: string[]; activeMembers: number; justSetUp: boolean }
  | { view: 'notStarted'; language: Language };

type SetupCardTexts = Catalogue['setupCard'];

const LANGUAGE_NAMES: Record<Language, string> = { nb: 'Bokmål', nn: 'Nynorsk', en: 'English' };

/** The council setup card in each of its states. User text (names) travels only as data. */
export function setupCard(data: SetupCardData): AdaptiveCard {
  const t = textsFor(data.language).setupCard;
  const base = {
    lang: data.language,
    hasRefresh: false,
    refreshUserIds: [] as string[],
    refreshTitle: t.refresh,
    intro: '',
    summary: '',
    showForm: false,
    facts: [] as { title: string; value: string }[],
    footer: '',
  };
  switch (data.view) {
    case 'form':
      return bind({
        ...base,
        ...formData(t, data),
        title: t.formTitle,
        intro: t.formIntro,
        summary: data.problems.length > 0 ? t.fixBelow : '',
        showForm: true,
        hasRefresh: true,
        refreshUserIds: [data.installerTeamsUserId],
      });
    case 'inProgress':
      return bind({
        ...base,
        title: t.inProgressTitle,
        intro: t.inProgressText(data.installerName),
        hasRefresh: true,
        refreshUserIds: [data.installerTeamsUserId],
      });
    case 'linked':
      return bind({
        ...base,
        title: data.justSetUp ? t.doneTitle : t.linkedTitle,
        facts: [
          { title: t.factCouncil, value: data.councilName },
          ...(data.secretaries.length > 0 ? [{ title: t.factSecretary, value: data.secretaries.join(', ') }] : []),
          { title: t.factMembers, value: String(data.activeMembers) },
        ],
        footer: t.doneFooter,
      });
    case 'notStarted':
      return bind({ ...base, title: t.notStartedTitle, intro: t.notStartedText });
  }
}

function formData(t: SetupCardTexts, data: Extract<SetupCardData, { view: 'form' }>) {
  const errors = Object.fromEntries(SETUP_FIELDS.map((f) => [f, ''])) as Record<SetupField, string>;
  for (const problem of data.problems) {
    if (errors[problem.field as SetupField] === '')
      errors[problem.field as SetupField] = setupProblemText(t, data.language, problem);
  }
  const zones: string[] = [...COMMON_TIME_ZONES];
  // A real zone that is not on the short list stays choosable, so the value shown is the value kept.
  if (isTimeZone(data.values.timeZone) && !zones.includes(data.values.timeZone)) zones.push(data.values.timeZone);
  return {
    labels: {
      name: t.nameLabel,
      namePlaceholder: t.namePlaceholder,
      language: t.languageLabel,
      timeZone: t.timeZoneLabel,
      kind: t.kindLabel,
      parent: t.parentLabel,
      parentPlaceholder: t.parentPlaceholder,
      noRegional: t.noRegional,
      confirm: t.confirm,
      required: problemText({ problem: 'required' }, data.language),
      notChosen: problemText({ problem: 'notChosen' }, data.language),
    },
    maxNameLength: LIMITS.councilName,
    values: data.values,
    errors,
    languages: LANGUAGES.map((l) => ({ title: LANGUAGE_NAMES[l], value: l })),
    timeZones: zones.map((zone) => ({ title: zone.replace(/_/g, ' '), value: zone })),
    kinds: [
      { title: t.kindRegional, value: 'regional' },
      { title: t.kindLocal, value: 'local' },
    ],
    hasRegional: data.regionalCouncils.length > 0,
    regionalCouncils: data.regionalCouncils.map((c) => ({ title: c.name, value: c.id })),
  };
}

/** The setup form says two problems in its own words (pick from the list); the rest as every card does. */
function setupProblemText(t: SetupCardTexts, language: Language, problem: SetupProblem): string {
  if (problem.problem === 'unknownTimeZone') return t.unknownZone;
  if (problem.problem === 'required' && problem.field === 'parentCouncilId') return t.parentRequired;
  return problemText(problem, language);
}

function bind(data: object): AdaptiveCard {
  const card = bindCard(template, data);
  // A `$when` that fails leaves `refresh: null`, which clients may refuse: drop it.
  if (card['refresh'] === null || card['refresh'] === undefined) delete card['refresh'];
  return card;
}
