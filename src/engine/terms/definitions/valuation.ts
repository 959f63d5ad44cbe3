import { TermDefinition, term } from "../termDefinition";

const NOT_IN_SEEDS = "not in the seeds: a parameter of the Monte Carlo simulation (NEOT.CONVSIM)";

/** The conversion simulation's parameters (NEOT.CONVSIM); the seeds are silent on valuation. */
export const VALUATION_TERMS: readonly TermDefinition[] = [
  term(
    "MC_PATHS",
    "count",
    10_000,
    `${NOT_IN_SEEDS}; 10,000 paths give standard errors of about 1% of a standard deviation`,
    "Simulated price paths: an even number from 1,000 to 1,000,000 (antithetic pairs)",
  ),
  term(
    "MC_SEED",
    "count",
    1,
    `${NOT_IN_SEEDS}; the same seed gives the same numbers on every recalculation and in every runtime`,
    "Seed of the simulation's random numbers (xoshiro128** seeded by SplitMix64), a whole number from 1",
  ),
  term(
    "DIVIDEND_YIELD",
    "fraction",
    0,
    "not in the seeds: NEOT paid no dividends (seed 003); continuously compounded, as the risk-neutral drift r − q reads it",
    "Continuous dividend yield of the common stock in the simulation (0%), at most 100%",
  ),
  term(
    "FLOOR_PRICE",
    "money",
    0,
    "seed 000, Exhibit A, Floor Price; the agreements give no figure",
    "Floor Price per share, in USD, for the simulation's probability that the Conversion Price falls below it; 0 (default): no Floor Price",
  ),
];
