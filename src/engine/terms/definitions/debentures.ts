import { TermDefinition, term } from "../termDefinition";

const EXHIBIT_A = "seed 000, Exhibit A";

/** New Debentures: conversion price (seed 000, Exhibit A). */
export const DEBENTURE_TERMS: readonly TermDefinition[] = [
  term(
    "CONV_INITIAL_PCT",
    "fraction",
    1.2,
    `${EXHIBIT_A}, Initial Conversion Price`,
    "Initial Conversion Price as a share of the average closing bid before issuance (120%)",
  ),
  term(
    "CONV_INITIAL_WINDOW",
    "tradingDays",
    5,
    `${EXHIBIT_A}, Initial Conversion Price`,
    "Trading days before the issue date averaged for the Initial Conversion Price",
  ),
  term(
    "CONV_RESET_DELAY_DAYS",
    "calendarDays",
    90,
    `${EXHIBIT_A}, Initial Conversion Price ("Beginning 90 days after issuance")`,
    "Calendar days after issuance from which the Subsequent Conversion Price applies",
  ),
  term(
    "CONV_RESET_PCT",
    "fraction",
    1.01,
    `${EXHIBIT_A}, Subsequent Conversion Price`,
    "Subsequent Conversion Price as a share of the average of the lowest bids (101%)",
  ),
  term(
    "CONV_RESET_WINDOW",
    "tradingDays",
    30,
    `${EXHIBIT_A}, Subsequent Conversion Price`,
    "Trading days before the conversion date searched for the lowest bids",
  ),
  term(
    "CONV_RESET_LOWEST",
    "count",
    10,
    `${EXHIBIT_A}, Subsequent Conversion Price`,
    "How many of the lowest bids in the window are averaged",
  ),
  term(
    "SHARE_ROUNDING",
    "choice",
    "DOWN",
    "not in the seeds: same-era forms pay cash in lieu of a fractional share (DOWN) or round up to a whole share (UP)",
    "Whole shares from a fractional count: DOWN (cash in lieu of the fraction), UP (next whole share) or NONE (keep the fraction); one rounding, as the last step",
    ["DOWN", "UP", "NONE"],
  ),
  term(
    "FLOOR_CASH_WINDOW",
    "tradingDays",
    5,
    `${EXHIBIT_A}, Floor Price ("the five Trading Days preceding the conversion date")`,
    "Trading days before the conversion date averaged to value the cash balance of a Floor Price conversion",
  ),
  term(
    "INTEREST_RATE",
    "fraction",
    0.05,
    `${EXHIBIT_A}, New Debentures ("5% convertible debentures")`,
    "Annual interest rate of the New Debentures (5%)",
  ),
  term(
    "INTEREST_DAY_COUNT",
    "choice",
    "ACT/360",
    "not in the seeds: NEOT's 2000 preferred stock accrued \"on the basis of a 360-day year\"; 30/360 is SIFMA's 30/360 US, the basis of US corporate bonds",
    "Day count of accrued interest: ACT/360 (actual days / 360), 30/360 (SIFMA 30/360 US), DAYS360_EXCEL (exactly Excel's DAYS360, US method) or ACT/365 (actual days / 365)",
    ["ACT/360", "30/360", "DAYS360_EXCEL", "ACT/365"],
  ),
  term(
    "REDEMPTION_PCT",
    "fraction",
    1.06,
    `${EXHIBIT_A}, Optional Redemption ("106% of par plus accrued and unpaid interest")`,
    "Optional Redemption price as a share of principal, before accrued interest (106%)",
  ),
  term(
    "MATURITY_YEARS",
    "count",
    5,
    `${EXHIBIT_A}, New Debentures ("maturing on the fifty [fifth] anniversary of issuance")`,
    "Years from issuance to maturity (anniversary by Excel EDATE: Feb 29 becomes Feb 28)",
  ),
  term(
    "SECOND_CLOSING_MONTHS",
    "count",
    6,
    `${EXHIBIT_A}, Proceeds ("six months after the Initial Closing")`,
    "Months from the Initial Closing to the Second Closing (Excel EDATE)",
  ),
];
