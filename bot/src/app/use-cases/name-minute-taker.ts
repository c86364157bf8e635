import { InvalidValue } from '../../domain/errors';
import { isActiveOn } from '../../domain/member';
import { assertDraftWritable } from '../../domain/minutes-approval';
import type { MinutesReply } from '../../contracts/minutes';
import type { AppDeps, Principal } from '../deps';
import { loadMinutesScope } from '../support/minutes-scope';
import { requireSameVersion } from '../scope/require-same-version';
import { loadMinutes } from './load-minutes';

export interface NameMinuteTakerInput {
  principal: Principal;
  councilId: string;
  meetingId: string;
  ifMatch: string;
  /** Any active member (often the secretary); undefined takes the role away. */
  minuteTakerId: string | undefined;
}

/** The secretary (or chair) names the referent, who may then write the draft. */
export async function nameMinuteTaker(deps: AppDeps, input: NameMinuteTakerInput): Promise<MinutesReply> {
  const scope = await loadMinutesScope(deps, { ...input, need: 'manage', action: 'name the minute-taker' });
  assertDraftWritable(scope.meeting.value);
  requireSameVersion(scope.minutes, input.ifMatch, 'minutes');
  const { minuteTakerId: _old, ...rest } = scope.minutes.value;
  if (input.minuteTakerId !== undefined) {
    const member = scope.roster.find((m) => m.value.aadObjectId === input.minuteTakerId)?.value;
    if (!member || !isActiveOn(member, scope.today))
      throw new InvalidValue('minuteTakerId', { problem: 'notMemberOnDate' }, 'the minute-taker is one of the council’s members');
  }
  const value = input.minuteTakerId === undefined ? rest : { ...rest, minuteTakerId: input.minuteTakerId };
  await deps.work.update(input.councilId, 'minutes', value, input.ifMatch);
  return loadMinutes(deps, input);
}
