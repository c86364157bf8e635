import type { Catalogue } from '../../../bot/src/texts/catalogue';
import type { ReactNode } from 'react';
import { VIEW_IDS, type ViewContext, type ViewId } from './view-context';
import { PackageView } from './PackageView';
import { UpcomingMeetingView } from './UpcomingMeetingView';
import { AgendaBuilderView } from './agenda/AgendaBuilderView';
import { ProposalInboxView } from './proposals/ProposalInboxView';
import { MeetingsView } from './meetings/MeetingsView';
import { RosterView } from './roster/RosterView';
import { SettingsView } from './settings/SettingsView';
import { AttendanceView } from './inputs/AttendanceView';
import { InputRequestsView } from './inputs/InputRequestsView';
import { CalendarFeedView } from './calendar/CalendarFeedView';
import { MinutesView } from './minutes/MinutesView';

/** One entry in the tab's navigation. Each area of the tab adds its own view here. */
export interface TabView {
  id: ViewId;
  label: (texts: Catalogue) => string;
  /** Only secretaries and chairs see it (members read the upcoming meeting and the package). */
  managersOnly: boolean;
  /** Shows one meeting, named by the address (#/view/meetingId): moving between such views keeps the meeting. */
  perMeeting?: true;
  render: (ctx: ViewContext) => ReactNode;
}

export const VIEWS: readonly TabView[] = [
  {
    id: VIEW_IDS.upcoming,
    label: (texts) => texts.app.navUpcoming,
    managersOnly: false,
    render: (ctx) => <UpcomingMeetingView ctx={ctx} />,
  },
  // Members read the meetings and the roster; editing controls show for secretary and chair only.
  {
    id: VIEW_IDS.meetings,
    label: (texts) => texts.meetings.nav,
    managersOnly: false,
    render: (ctx) => <MeetingsView ctx={ctx} />,
  },
  {
    // #/package/<meetingId>; without an id, the next meeting. Members read it; managers also publish from it.
    id: VIEW_IDS.package,
    perMeeting: true,
    label: (texts) => texts.package.nav,
    managersOnly: false,
    render: (ctx) => <PackageView ctx={ctx} />,
  },
  {
    id: VIEW_IDS.proposals,
    perMeeting: true,
    label: (texts) => texts.agenda.navProposals,
    managersOnly: true,
    render: (ctx) => <ProposalInboxView ctx={ctx} />,
  },
  {
    id: VIEW_IDS.agenda,
    perMeeting: true,
    label: (texts) => texts.agenda.navAgenda,
    managersOnly: true,
    render: (ctx) => <AgendaBuilderView ctx={ctx} />,
  },
  // Every member may read attendance (without apology reasons) and the input they may see; only managers edit.
  {
    id: VIEW_IDS.attendance,
    perMeeting: true,
    label: (texts) => texts.inputs.navAttendance,
    managersOnly: false,
    render: (ctx) => <AttendanceView ctx={ctx} />,
  },
  {
    id: VIEW_IDS.inputs,
    perMeeting: true,
    label: (texts) => texts.inputs.navInputs,
    managersOnly: false,
    render: (ctx) => <InputRequestsView ctx={ctx} />,
  },
  // Members read the draft once it is sent for approval, and approved minutes; secretary, chair and minute-taker write.
  {
    id: VIEW_IDS.minutes,
    perMeeting: true,
    label: (texts) => texts.minutes.nav,
    managersOnly: false,
    render: (ctx) => <MinutesView ctx={ctx} />,
  },
  {
    id: VIEW_IDS.roster,
    label: (texts) => texts.roster.nav,
    managersOnly: false,
    render: (ctx) => <RosterView ctx={ctx} />,
  },
  // Everyone's own: their personal calendar feed address.
  {
    id: VIEW_IDS.calendar,
    label: (texts) => texts.calendar.nav,
    managersOnly: false,
    render: (ctx) => <CalendarFeedView ctx={ctx} />,
  },
  {
    id: VIEW_IDS.settings,
    label: (texts) => texts.settings.nav,
    managersOnly: true,
    render: (ctx) => <SettingsView ctx={ctx} />,
  },
];

/** The views a person may open, in navigation order. */
export function viewsFor(canManage: boolean): readonly TabView[] {
  return VIEWS.filter((view) => canManage || !view.managersOnly);
}

/**
 * Where a click in the navigation goes: from one meeting's proposals to the
 * same meeting's agenda, not back to the next meeting. Other views start fresh.
 */
export function nextRoute(current: TabView, param: string | undefined, targetId: string): [string, string?] {
  const target = VIEWS.find((v) => v.id === targetId);
  return current.perMeeting && target?.perMeeting && param !== undefined ? [targetId, param] : [targetId];
}
