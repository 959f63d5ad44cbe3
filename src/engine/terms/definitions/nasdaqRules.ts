import { TermDefinition, term } from "../termDefinition";

const RISK = "seed 003, risk factors";

/** Dilution and Nasdaq listing rules (seed 003, risk factors). */
export const NASDAQ_RULE_TERMS: readonly TermDefinition[] = [
  term(
    "NASDAQ_APPROVAL_PCT",
    "fraction",
    0.2,
    `${RISK} ("issuing 20% or more of its outstanding capital stock at less than the greater of book value or the then current market value")`,
    "Share of the outstanding stock from which an issue below book or market value needs stockholder approval (20%)",
  ),
  term(
    "NASDAQ_MIN_BID",
    "price",
    1,
    `${RISK} ("the $1.00 minimum bid price requirement"; "falls below $1.00 per share for an extended period")`,
    "Minimum closing bid price for continued listing on the Nasdaq National Market",
  ),
];
