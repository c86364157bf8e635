import { Section } from './Section';
import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import type { MeetingPackage, RosterLine } from '../../../bot/src/domain/meeting-package';
import type { Catalogue } from '../../../bot/src/texts/catalogue';
import { useTexts } from '../texts/texts-context';
import { useSharedStyles } from './shared-styles';

const useStyles = makeStyles({
  body: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  table: { width: '100%', borderCollapse: 'collapse' },
  th: {
    ...typographyStyles.body1Strong,
    textAlign: 'left',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS} ${tokens.spacingVerticalXS} 0`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
  },
  td: {
    verticalAlign: 'top',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS} ${tokens.spacingVerticalXS} 0`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  rowHeader: { fontWeight: tokens.fontWeightRegular, textAlign: 'left' },
  quorum: { ...typographyStyles.body1, margin: 0 },
});

/** "leder, FFO": role and organisation under the name. */
function describeMember(line: RosterLine, t: Catalogue['app']): string {
  return [t.role[line.role], line.organisation].filter(Boolean).join(', ');
}

function answerText(line: RosterLine, t: Catalogue['app']): string {
  const answer = line.answer;
  if (answer === undefined) return t.attendanceState.notAnswered;
  switch (answer.kind) {
    case 'apologies':
      return answer.reason ? t.apologiesWithReason(answer.reason) : t.attendanceState.apologies;
    case 'deputy':
      return line.deputyName ? t.deputyAttends(line.deputyName) : t.attendanceState.deputy;
    default:
      return t.attendanceState[answer.kind];
  }
}

export interface AttendanceSectionProps {
  attendance: readonly RosterLine[];
  quorum: MeetingPackage['quorum'];
}

/** Oppmøte: each member's answer, who has not answered, and the expected quorum. */
export function AttendanceSection({ attendance, quorum }: AttendanceSectionProps) {
  const t = useTexts().app;
  const styles = useStyles();
  const shared = useSharedStyles();
  const answered = attendance.filter((line) => line.state !== 'notAnswered');
  const notAnswered = attendance.filter((line) => line.state === 'notAnswered');
  return (
    <Section id="attendance" title={t.attendance} testId="attendance">
      <div className={styles.body}>
        <p className={styles.quorum} data-testid="quorum">
          <strong>{`${t.expectedQuorum}: `}</strong>
          {t.quorum(quorum.expectedPresent, quorum.votingMembers, quorum.reached)}
          {`. ${t.quorumRequired(quorum.required)}`}
        </p>
        {attendance.length === 0 && <p className={shared.paragraph}>{t.attendanceEmpty}</p>}
        {answered.length > 0 && (
          <table className={styles.table}>
            <thead>
              <tr>
                <th scope="col" className={styles.th}>
                  {t.member}
                </th>
                <th scope="col" className={styles.th}>
                  {t.answer}
                </th>
              </tr>
            </thead>
            <tbody>
              {answered.map((line) => (
                <tr key={line.memberId} data-testid="attendance-line" data-state={line.state}>
                  <th scope="row" className={`${styles.td} ${styles.rowHeader}`}>
                    {line.name}
                    <p className={shared.muted}>{describeMember(line, t)}</p>
                  </th>
                  <td className={styles.td}>{answerText(line, t)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {attendance.length > 0 && (
          <div data-testid="not-answered">
            <h3 className={shared.h3}>{`${t.notAnswered} (${notAnswered.length})`}</h3>
            {notAnswered.length === 0 ? (
              <p className={shared.paragraph}>{t.everyoneAnswered}</p>
            ) : (
              <ul className={shared.bulletList}>
                {notAnswered.map((line) => (
                  <li key={line.memberId}>
                    {line.name}
                    <span className={shared.muted}>{` – ${describeMember(line, t)}`}</span>
                  </li>
                ))}
              </ul>
            )}
          </div>
        )}
      </div>
    </Section>
  );
}
