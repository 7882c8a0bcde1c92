/** A labelled filter: one of some options, or any (the empty value). */
export function Select<T extends string>({
  label,
  value,
  any,
  options,
  testid,
  onChange,
  names,
}: {
  label: string;
  value: T | '';
  any: string;
  options: readonly T[];
  testid: string;
  onChange: (v: T | '') => void;
  names?: Record<string, string>;
}) {
  return (
    <label class="filter">
      <span>{label}</span>
      <select data-testid={testid} value={value} onChange={(e) => onChange(e.currentTarget.value as T | '')}>
        <option value="">{any}</option>
        {options.map((o) => (
          <option key={o} value={o}>
            {names?.[o] ?? o}
          </option>
        ))}
      </select>
    </label>
  );
}
