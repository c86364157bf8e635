/**
 * Type-level checks that a body schema parses exactly what the tab sends
 * (bot/src/contracts): `Check<SameShape<Parsed, Contract>>` fails the type
 * check when either side gains, loses or retypes a field.
 */
export type SameShape<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export type Check<T extends true> = T;
