import { Spinner } from '@fluentui/react-components';

export function LoadingView({ label }: { label: string }) {
  return <Spinner label={label} labelPosition="below" size="medium" />;
}
