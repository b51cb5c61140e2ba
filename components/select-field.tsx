import type { ChangeEvent } from "react";

export type SelectOption = { value: string; label: string };

type Props = {
  id: string;
  label: string;
  name: string;
  /** The first option, which stands for no choice (the empty value): "All routes", "Any outcome". */
  anyLabel: string;
  options: readonly SelectOption[];
  /** Controlled (`value`) or left to the form (`defaultValue`), as the form keeps its state. */
  value?: string;
  defaultValue?: string;
  /** Left out in a server-rendered form that applies its choices with its Show button. */
  onChange?: (event: ChangeEvent<HTMLSelectElement>) => void;
};

/** A labelled choice of a list filter (route, metric, status, outcome…), the same in every filter form. */
export function SelectField({ id, label, name, anyLabel, options, value, defaultValue, onChange }: Props) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} name={name} value={value} defaultValue={defaultValue} onChange={onChange}>
        <option value="">{anyLabel}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
