import { describePortContract } from '../../contract/ports.contract';
import { fakeDeps } from '../../support/fakes/fake-deps';

describePortContract('in-memory fakes', () => Promise.resolve(fakeDeps()));
