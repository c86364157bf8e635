import { Field, Select } from '@fluentui/react-components';
import type { CouncilMembership } from '../../../bot/src/contracts/me';
import { useTexts } from '../texts/texts-context';
import { SelectOptions } from './SelectOptions';

export interface CouncilPickerProps {
  councils: readonly CouncilMembership[];
  councilId: string;
  onChoose: (councilId: string) => void;
}

/** Only shown to people who sit on more than one council. */
export function CouncilPicker({ councils, councilId, onChoose }: CouncilPickerProps) {
  const t = useTexts().app;
  return (
    <Field label={t.councilLabel}>
      <Select data-testid="council-picker" value={councilId} onChange={(_event, data) => onChoose(data.value)}>
        <SelectOptions items={councils} value={(c) => c.id} label={(c) => c.name} />
      </Select>
    </Field>
  );
}
