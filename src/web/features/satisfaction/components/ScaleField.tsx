import { RadioButtons } from '@codegouvfr/react-dsfr/RadioButtons';

/** The words of the 1–5 scales, shown beside each number. */
export const FIVE_POINT_LABELS = ['Très insatisfait', 'Insatisfait', 'Moyennement satisfait', 'Satisfait', 'Très satisfait'] as const;
export const EASE_LABELS = ['Très difficile', 'Difficile', 'Ni facile ni difficile', 'Facile', 'Très facile'] as const;

interface Props {
  name: string;
  legend: string;
  hint?: string;
  /** 1–5 with a word under each number, or the 0–10 scale of Services Publics+. */
  scale: 'five' | 'ten';
  words?: readonly string[];
  value: number | undefined;
  onChange: (value: number) => void;
  error?: string | undefined;
}

/** The id of the first choice of a scale (react-dsfr numbers the inputs of the fieldset `name`): where the error summary sends the focus. */
export const firstChoiceId = (name: string) => `${name}-0`;

/**
 * A satisfaction scale as a fieldset of radio buttons: a legend that asks the question, every
 * choice with a visible label, the meaning of the ends written in the hint.
 */
export function ScaleField({ name, legend, hint, scale, words = FIVE_POINT_LABELS, value, onChange, error }: Props) {
  const values = scale === 'five' ? [1, 2, 3, 4, 5] : [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
  return (
    <RadioButtons
      id={name}
      legend={legend}
      hintText={hint ?? (scale === 'ten' ? '0 : pas du tout satisfait, 10 : tout à fait satisfait.' : undefined)}
      name={name}
      orientation="horizontal"
      state={error ? 'error' : 'default'}
      stateRelatedMessage={error}
      options={values.map((n) => ({
        label: scale === 'five' ? `${n} – ${words[n - 1]}` : String(n),
        nativeInputProps: {
          value: String(n),
          checked: value === n,
          onChange: () => onChange(n),
        },
      }))}
    />
  );
}
