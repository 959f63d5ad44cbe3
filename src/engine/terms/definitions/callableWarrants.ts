import { TermDefinition, term } from "../termDefinition";

/** Class B (Callable) Warrants: exercise price after a Call Notice (seed 000 §3(b); seed 003). */
export const CALLABLE_WARRANT_TERMS: readonly TermDefinition[] = [
  term(
    "CALL_CAP_PRICE",
    "price",
    33.75,
    "seed 000 §3(b) (Callable Warrant §3(c) as amended)",
    "Cap on the exercise price after a Call Notice",
  ),
  term(
    "CALL_THRESHOLD_PRICE",
    "price",
    5,
    "seed 000 §3(b)",
    "Average closing bid below which the lower percentage applies",
  ),
  term(
    "CALL_THRESHOLD_WINDOW",
    "tradingDays",
    5,
    "seed 000 §3(b)",
    "Trading days before the Delivery Date averaged for the threshold test",
  ),
  term(
    "CALL_PCT_BELOW",
    "fraction",
    0.95,
    "seed 000 §3(b)",
    "Share of the next day's closing bid when the average is below the threshold (95%)",
  ),
  term(
    "CALL_PCT_OTHERWISE",
    "fraction",
    0.97,
    "seed 003, risk factors (Class B Warrants: 97%)",
    "Share of the next day's closing bid otherwise (97%)",
  ),
];
