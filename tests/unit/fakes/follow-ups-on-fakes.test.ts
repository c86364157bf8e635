import { describeFollowUpContract } from '../../contract/follow-ups.contract';
import { fakeDeps } from '../../support/fakes/fake-deps';

describeFollowUpContract('in-memory fake', () => Promise.resolve(fakeDeps()));
