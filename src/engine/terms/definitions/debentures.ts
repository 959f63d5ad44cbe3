import { TermDefinition, term } from "../termDefinition";

const EXHIBIT_A = "seed 000, Exhibit A";

/** New Debentures: conversion price (seed 000, Exhibit A). */
export const DEBENTURE_TERMS: readonly TermDefinition[] = [
  term("CONV_INITIAL_PCT", "fraction", 1.2, `${EXHIBIT_A}, Initial Conversion Price`,
    "Initial Conversion Price as a share of the average closing bid before issuance (120%)"),
  term("CONV_INITIAL_WINDOW", "tradingDays", 5, `${EXHIBIT_A}, Initial Conversion Price`,
    "Trading days before the issue date averaged for the Initial Conversion Price"),
  term("CONV_RESET_DELAY_DAYS", "calendarDays", 90, `${EXHIBIT_A}, Initial Conversion Price ("Beginning 90 days after issuance")`,
    "Calendar days after issuance from which the Subsequent Conversion Price applies"),
  term("CONV_RESET_PCT", "fraction", 1.01, `${EXHIBIT_A}, Subsequent Conversion Price`,
    "Subsequent Conversion Price as a share of the average of the lowest bids (101%)"),
  term("CONV_RESET_WINDOW", "tradingDays", 30, `${EXHIBIT_A}, Subsequent Conversion Price`,
    "Trading days before the conversion date searched for the lowest bids"),
  term("CONV_RESET_LOWEST", "count", 10, `${EXHIBIT_A}, Subsequent Conversion Price`,
    "How many of the lowest bids in the window are averaged"),
];
