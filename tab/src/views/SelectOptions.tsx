/** A select's options, one per item: `value` gives its value (and React key), `label` its words. */
export function SelectOptions<T>({
  items,
  value,
  label,
}: {
  items: readonly T[];
  value: (item: T) => string;
  label: (item: T) => string;
}) {
  return (
    <>
      {items.map((item) => (
        <option key={value(item)} value={value(item)}>
          {label(item)}
        </option>
      ))}
    </>
  );
}

/** The options of a select over a list of codes (kinds, roles, languages): each code is its own value, `label` gives its words. */
export function CodeOptions<C extends string>({ codes, label }: { codes: readonly C[]; label: (code: C) => string }) {
  return <SelectOptions items={codes} value={(code) => code} label={label} />;
}
