import { TermDefinition, term } from "../termDefinition";

const NEW_WARRANTS = "seed 000, Exhibit A, New Warrants";

/** New Warrants (seed 000, Exhibit A). */
export const NEW_WARRANT_TERMS: readonly TermDefinition[] = [
  term(
    "WARRANT_COVERAGE",
    "fraction",
    0.2,
    `${NEW_WARRANTS} ("20% warrant coverage")`,
    "Warrant shares as a share of the shares initially issuable on conversion (20%); rounded by SHARE_ROUNDING",
  ),
  term(
    "WARRANT_PRICE_PCT",
    "fraction",
    1.25,
    `${NEW_WARRANTS} ("125% of the average Per Share Market Value")`,
    "Exercise price as a share of the average closing bid before issuance (125%)",
  ),
  term(
    "WARRANT_PRICE_WINDOW",
    "tradingDays",
    5,
    `${NEW_WARRANTS} ("the five Trading Days preceding the date of issuance")`,
    "Trading days before the issue date averaged for the exercise price",
  ),
  term(
    "WARRANT_YEARS",
    "count",
    5,
    `${NEW_WARRANTS} ("exercisable for five years following issuance")`,
    "Years from issuance to the end of the exercise period (anniversary by Excel EDATE)",
  ),
];
