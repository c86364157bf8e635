import type { AttendanceOverviewView } from '../../../bot/src/app/use-cases/attendance-overview';
import type { SavedInputRequest } from '../../../bot/src/app/use-cases/create-input-request';
import type { InputAnswersView } from '../../../bot/src/app/use-cases/list-input-answers';
import type {
  InputRequestBody,
  AttendanceOverviewResponse,
  InputRequestsResponse,
  SavedInputRequestResponse,
} from '../../../tab/src/api/inputs-types';
import { inputRequestDraftSchema } from '../../../bot/src/schemas/input-request-bodies';
import type { z } from 'zod';

// The tab may not import bot/src/app, so it keeps its own copy of the response shapes.
// These compile-time checks fail the typecheck (npm test) if the two drift apart.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const checks: [
  Same<AttendanceOverviewView, AttendanceOverviewResponse>,
  Same<InputAnswersView, InputRequestsResponse>,
  Same<SavedInputRequest, SavedInputRequestResponse>,
  Same<z.infer<typeof inputRequestDraftSchema>, InputRequestBody>,
] = [true, true, true, true];

describe('the tab’s copy of the attendance and input API shapes', () => {
  it('matches what the server sends and parses (checked by the compiler)', () => {
    expect(checks).toEqual([true, true, true, true]);
  });
});
