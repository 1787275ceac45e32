/**
 * What an example offers the prose around it: named values, each as the plain text a sentence
 * shows ("17", "(10, −1)", "“cat”"). An example declares them in its folder as a pure function of
 * its props, computed with src/math (e.g. src/examples/projection/ProjectionExample.values.ts):
 * the build calls it with the authored props to prerender every `<Value>` and to refuse a name the
 * example does not offer; the example calls it again with the learner's numbers and publishes the
 * result (publish.ts), which rewrites the sentences in place.
 */

/** Value names: a letter, then letters, digits, dots and hyphens ("y1", "S21", "col1", "A13.nomask"). */
export const VALUE_NAME = /^[A-Za-z][A-Za-z0-9.-]*$/;

/** Named values as text, by name. A name may be missing for some props (y1 when y has one entry). */
export type OfferedValues = Readonly<Record<string, string>>;

/** An example's offer: its named values for the given props (the props the view receives). */
export type ValueOffer<P = never> = (props: P) => OfferedValues;
