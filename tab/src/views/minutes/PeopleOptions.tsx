import type { MinutesPerson } from '../../../../bot/src/contracts/minutes';
import { SelectOptions } from '../SelectOptions';

/** A select's options for the council's members (minute-taker, follow-up responsible, deputy for whom), after a first "nobody" option. */
export function PeopleOptions({ people, none }: { people: readonly MinutesPerson[]; none: string }) {
  return (
    <>
      <option value="">{none}</option>
      <SelectOptions items={people} value={(p) => p.memberId} label={(p) => p.name} />
    </>
  );
}
