import { Input } from '@fluentui/react-components';

export interface WholeNumberInputProps {
  id: string;
  /** The text as typed: the form's own checks read it (a half-typed number is not lost). */
  value: string;
  min?: number;
  max?: number;
  'data-testid'?: string;
  onChange: (value: string) => void;
}

/** An input for a whole number: a number field, with the numeric keyboard on phones. */
export function WholeNumberInput({ onChange, ...props }: WholeNumberInputProps) {
  return <Input type="number" inputMode="numeric" {...props} onChange={(_ev, d) => onChange(d.value)} />;
}
