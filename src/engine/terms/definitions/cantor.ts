import { TermDefinition, term } from "../termDefinition";

const PLAN = "seed 003, Plan of Distribution";

/** Cantor Controlled Equity Offering (seed 003). */
export const CANTOR_TERMS: readonly TermDefinition[] = [
  term("CEO_MAX_PROCEEDS", "money", 25_000_000, `seed 003, cover page ("maximum aggregate public offering price of $25,000,000"); ${PLAN}`,
    "Most gross sales the Sales Agreement allows, cumulative; the end of the last commission band"),
  term("CEO_TIER1_MAX", "money", 10_000_000, `${PLAN} ("4.00% on the first $10 million gross proceeds")`,
    "Cumulative gross sales up to which the first commission rate applies"),
  term("CEO_TIER1_RATE", "fraction", 0.04, `${PLAN} ("4.00% on the first $10 million gross proceeds")`,
    "Cantor's commission rate on the first band (4%)"),
  term("CEO_TIER2_MAX", "money", 20_000_000, `${PLAN} ("3.50% on the next $10 million gross proceeds")`,
    "Cumulative gross sales up to which the second commission rate applies"),
  term("CEO_TIER2_RATE", "fraction", 0.035, `${PLAN} ("3.50% on the next $10 million gross proceeds")`,
    "Cantor's commission rate on the second band (3.5%)"),
  term("CEO_TIER3_RATE", "fraction", 0.03, `${PLAN} ("3.00% on the next $5 million gross proceeds")`,
    "Cantor's commission rate from the second band's end to CEO_MAX_PROCEEDS (3%)"),
  term("CEO_WARRANT_PCT", "fraction", 0.1, `${PLAN} ("in an amount equal to 10% of the number of shares sold by Cantor")`,
    "Shares under Cantor's Warrants as a share of the shares sold (10%)"),
  term("CEO_WARRANT_ROUNDING", "choice", "DOWN",
    `not in the seeds: ${PLAN} gives 10% of the shares sold without rounding; DOWN keeps within "Warrants in excess of 10% of the shares ... sold" (NASD)`,
    "How a fractional number of warrant shares is rounded to a whole share", ["DOWN", "NEAREST", "UP"]),
  term("CEO_WARRANT_PRICE_PCT", "fraction", 1.3, `${PLAN} ("130% of the volume weighted average sales price")`,
    "Exercise price of Cantor's Warrants as a share of the volume-weighted average sales price (130%)"),
  term("CEO_OTHER_RATE", "fraction", 0.04, `${PLAN} (Other Agreement: "compensation of 4% of the gross proceeds")`,
    "Cantor's flat commission rate under the Other Agreement (4%)"),
  term("CEO_OTHER_MAX", "money", 8_400_000, `${PLAN} (Other Agreement: "up to $8.4 million worth of our common stock")`,
    "Most gross sales the Other Agreement allows, cumulative"),
  term("NASD_CAP_PCT", "fraction", 0.08, `${PLAN} ("may not receive compensation greater than 8%")`,
    "Most underwriting compensation NASD rules allow, as a share of gross proceeds (8%)"),
];
