import {
  Checkbox,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Select,
  tokens,
  typographyStyles,
} from '@fluentui/react-components';
import { useMemo, useState, type FormEvent } from 'react';
import { INPUT_VISIBILITIES } from '../../../../bot/src/domain/council';
import { COMMON_TIME_ZONES } from '../../../../bot/src/domain/council-setup';
import type { CouncilSettingsView } from '../../../../bot/src/domain/council-settings';
import { LANGUAGES, type Language } from '../../../../bot/src/domain/language';
import { councilSettingsApi } from '../../api/council-settings-api';
import { useAsync } from '../../state/use-async';
import { SaveBar } from '../editing/SaveBar';
import { useFormStyles } from '../editing/form-styles';
import { LiveStatus } from '../editing/LiveStatus';
import { focusField } from '../editing/save-errors';
import { useSave } from '../editing/use-save';
import { WholeNumberInput } from '../editing/WholeNumberInput';
import { ErrorView } from '../ErrorView';
import { errorText } from '../error-text';
import { LoadingView } from '../LoadingView';
import { Section } from '../Section';
import type { ViewContext } from '../view-context';
import {
  caseNumberPreview,
  lastTaken,
  quorumPreview,
  serverFieldText,
  settingsFormErrors,
  settingsFrom,
  stateOf,
  type SettingsFormErrors,
  type SettingsFormState,
} from './settings-form-values';
import { useLanguage, useTexts } from '../../texts/texts-context';
import { CodeOptions } from '../SelectOptions';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalL, minWidth: 0, maxWidth: '48rem' },
  h1: { ...typographyStyles.title2, margin: 0 },
  hint: { ...typographyStyles.caption1, color: tokens.colorNeutralForeground2, display: 'block' },
  law: { ...typographyStyles.body1, margin: 0, color: tokens.colorNeutralForeground1 },
});

const idOf = (field: string) => `settings-${field.replace('.', '-')}`;

/** "Innstillinger": the council's language, time zone, quorum, case-number series and who reads written input. */
export function SettingsView({ ctx }: { ctx: ViewContext }) {
  const { client, council } = ctx;
  const t = useTexts().app;
  const api = useMemo(() => councilSettingsApi(client), [client]);
  const [attempt, setAttempt] = useState(0);
  const loaded = useAsync(() => api.get(council.id), [api, council.id, attempt]);
  if (loaded.status === 'error')
    return <ErrorView message={errorText(loaded.error, t)} onRetry={() => setAttempt((n) => n + 1)} />;
  if (loaded.status === 'loading') return <LoadingView label={t.loading} />;
  return <SettingsForm view={loaded.value} councilId={council.id} api={api} />;
}

interface SettingsFormProps {
  view: CouncilSettingsView;
  councilId: string;
  api: ReturnType<typeof councilSettingsApi>;
}

function SettingsForm({ view: initial, councilId, api }: SettingsFormProps) {
  const styles = useStyles();
  const form = useFormStyles();
  const s = useTexts().settings;
  const e = useTexts().editing;
  const language = useLanguage();
  const [view, setView] = useState(initial);
  const [values, setValues] = useState<SettingsFormState>(() => stateOf(initial));
  const [errors, setErrors] = useState<SettingsFormErrors>({});
  const save = useSave(idOf);

  const set = <K extends keyof SettingsFormState>(key: K, value: SettingsFormState[K], field?: keyof SettingsFormErrors) => {
    setValues((v) => ({ ...v, [key]: value }));
    if (field) setErrors((old) => ({ ...old, [field]: undefined }));
  };
  const zones: string[] = COMMON_TIME_ZONES.includes(values.timeZone as (typeof COMMON_TIME_ZONES)[number])
    ? [...COMMON_TIME_ZONES]
    : [values.timeZone, ...COMMON_TIME_ZONES];
  const yearShown = Number(values.caseYear) || view.currentYear;
  const taken = lastTaken(view, yearShown);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (save.busy) return;
    save.clear();
    const found = settingsFormErrors(values, view, e, language);
    setErrors(found);
    const first = Object.keys(found)[0];
    const parsed = settingsFrom(values, e);
    if (first || !parsed.ok) {
      save.refuse();
      if (first) focusField(idOf(first));
      return;
    }
    await save.save(() => api.save(councilId, parsed.settings, view.etag), {
      onSaved: (saved) => {
        setView({ ...view, settings: saved.settings, etag: saved.etag });
        setValues(stateOf({ ...view, settings: saved.settings, etag: saved.etag }));
        save.announce('success', s.saved);
      },
      onFieldProblem: (field, problem) => setErrors({ [field]: serverFieldText(problem, e, language) }),
      announce: save.announce,
    });
  };

  const reloadNow = () =>
    save.reload(
      () => api.get(councilId),
      (fresh) => {
        setView(fresh);
        setValues(stateOf(fresh));
        setErrors({});
        return undefined;
      },
    );

  const field = (name: keyof SettingsFormErrors) => ({
    validationMessage: errors[name],
    validationState: errors[name] ? ('error' as const) : ('none' as const),
  });

  return (
    <div className={styles.root}>
      <LiveStatus value={save.announced} />
      <h1 className={styles.h1}>{s.heading}</h1>
      <form
        className={form.form}
        onSubmit={(ev) => void submit(ev)}
        noValidate
        aria-label={s.heading}
        data-testid="settings-form"
      >
        <Section id="settings-language" title={s.languageHeading} testId="settings-language-section">
          <div className={form.form}>
            <Field label={s.fieldLanguage} hint={s.languageHint} {...field('language')}>
              <Select id={idOf('language')} value={values.language} onChange={(_ev, d) => set('language', d.value as Language)}>
                <CodeOptions codes={LANGUAGES} label={(l) => s.languageNames[l]} />
              </Select>
            </Field>
            <Field label={s.fieldTimeZone} hint={s.timeZoneHint} {...field('timeZone')}>
              <Select id={idOf('timeZone')} value={values.timeZone} onChange={(_ev, d) => set('timeZone', d.value, 'timeZone')}>
                <CodeOptions codes={zones} label={(zone) => zone} />
              </Select>
            </Field>
          </div>
        </Section>

        <Section id="settings-quorum" title={s.quorumHeading} testId="settings-quorum-section">
          <div className={form.form}>
            <Field label={s.quorumLegend}>
              <RadioGroup
                value={values.quorumType}
                onChange={(_ev, d) => set('quorumType', d.value === 'atLeast' ? 'atLeast' : 'moreThanHalf', 'quorumRule.count')}
              >
                <Radio value="moreThanHalf" label={s.quorumMoreThanHalf} data-testid="quorum-more-than-half" />
                <Radio value="atLeast" label={s.quorumAtLeast} data-testid="quorum-at-least" />
              </RadioGroup>
            </Field>
            {values.quorumType === 'atLeast' && (
              <Field label={s.fieldQuorumCount} {...field('quorumRule.count')}>
                <WholeNumberInput
                  id={idOf('quorumRule.count')}
                  min={1}
                  value={values.quorumCount}
                  onChange={(value) => set('quorumCount', value, 'quorumRule.count')}
                />
              </Field>
            )}
            <p className={form.note} data-testid="quorum-preview">
              {quorumPreview(values, view, s)}
            </p>
          </div>
        </Section>

        <Section id="settings-case-numbers" title={s.caseNumbersHeading} testId="settings-case-numbers-section">
          <div className={form.form}>
            <p className={form.intro}>{s.caseNumbersIntro}</p>
            <Checkbox
              id={idOf('continueSeries')}
              label={s.fieldContinueSeries}
              checked={values.continueSeries}
              onChange={(_ev, d) => set('continueSeries', d.checked === true, 'caseNumberStart.next')}
            />
            {values.continueSeries ? (
              <>
                <div className={form.row}>
                  <Field label={s.fieldCaseYear} {...field('caseNumberStart.year')}>
                    <WholeNumberInput
                      id={idOf('caseNumberStart.year')}
                      value={values.caseYear}
                      onChange={(value) => set('caseYear', value, 'caseNumberStart.year')}
                    />
                  </Field>
                  <Field label={s.fieldCaseNext} {...field('caseNumberStart.next')}>
                    <WholeNumberInput
                      id={idOf('caseNumberStart.next')}
                      min={1}
                      value={values.caseNext}
                      onChange={(value) => set('caseNext', value, 'caseNumberStart.next')}
                    />
                  </Field>
                </div>
                <p className={form.note} data-testid="case-number-preview">
                  {caseNumberPreview(values, s)}
                </p>
              </>
            ) : (
              <p className={form.note}>{s.caseNumbersFromOne}</p>
            )}
            {taken && (
              <p className={form.note} data-testid="case-numbers-taken">
                {s.caseNumbersTaken(taken)}
              </p>
            )}
          </div>
        </Section>

        <Section id="settings-input" title={s.inputHeading} testId="settings-input-section">
          <div className={form.form}>
            <Field label={s.inputLegend} {...field('inputVisibility')}>
              <RadioGroup
                value={values.inputVisibility}
                aria-describedby="settings-offentleglova"
                onChange={(_ev, d) => {
                  const chosen = INPUT_VISIBILITIES.find((v) => v === d.value);
                  if (chosen) set('inputVisibility', chosen);
                }}
              >
                {INPUT_VISIBILITIES.map((v) => (
                  <Radio
                    key={v}
                    value={v}
                    data-testid={`input-visibility-${v}`}
                    label={
                      <>
                        {s.inputVisibility[v].label}
                        <span className={styles.hint}>{s.inputVisibility[v].hint}</span>
                      </>
                    }
                  />
                ))}
              </RadioGroup>
            </Field>
            <MessageBar intent="info" layout="multiline">
              <MessageBarBody>
                <p id="settings-offentleglova" className={styles.law}>
                  {s.offentleglova}
                </p>
              </MessageBarBody>
            </MessageBar>
          </div>
        </Section>

        <SaveBar save={save} onReload={() => void reloadNow()} label={e.save} testId="settings-save" />
      </form>
    </div>
  );
}
