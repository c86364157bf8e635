// The bokmål catalogue: the reference every other language matches (see ../catalogue.ts).
import { agenda } from './agenda';
import { calendar } from './calendar';
import { app } from './app';
import { common } from './common';
import { cards } from './cards';
import { attendanceCard } from './attendanceCard';
import { inputCard } from './inputCard';
import { noticeCard } from './noticeCard';
import { proposalCard } from './proposalCard';
import { proposalDecision } from './proposalDecision';
import { setupCard } from './setupCard';
import { statusCard } from './statusCard';
import { commands } from './commands';
import { manifest } from './manifest';
import { config } from './config';
import { editing } from './editing';
import { inputs } from './inputs';
import { meetings } from './meetings';
import { minutes } from './minutes';
import { meetingPackage } from './package';
import { publish } from './publish';
import { roster } from './roster';
import { settings } from './settings';
import { sso } from './sso';
import { dev } from './dev';
import { problems } from './problems';
import { followUps } from './followUps';
import { documents } from './documents';

export const nb = {
  common,
  cards,
  attendanceCard,
  inputCard,
  noticeCard,
  proposalCard,
  proposalDecision,
  setupCard,
  statusCard,
  commands,
  manifest,
  app,
  meetings,
  calendar,
  minutes,
  agenda,
  inputs,
  package: meetingPackage,
  publish,
  roster,
  settings,
  editing,
  config,
  sso,
  dev,
  problems,
  followUps,
  documents,
};
