import type { Catalogue } from '../catalogue';
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

export const en: Catalogue = {
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
};
