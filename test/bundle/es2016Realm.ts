import vm from "node:vm";

/**
 * A `vm` realm shaped like Excel's JavaScript-only custom-functions runtime in Office for
 * Windows before version 2403 and perpetual Office through 2021: ECMAScript 2016, so every
 * built-in added by ES2017 or later is deleted from it. Syntax is checked separately (the
 * bundle must parse with an ES2016 grammar); this catches a call such as `flat()` that
 * parses fine but fails at run time ("t.flat is not a function").
 */

/** Each post-2016 built-in, as a path from the global object, with the edition that added it. */
export const POST_ES2016_BUILT_INS: readonly (readonly [path: string, edition: number])[] = [
  ["String.prototype.padStart", 2017],
  ["String.prototype.padEnd", 2017],
  ["Object.entries", 2017],
  ["Object.values", 2017],
  ["Object.getOwnPropertyDescriptors", 2017],
  ["SharedArrayBuffer", 2017],
  ["Atomics", 2017],
  ["Promise.prototype.finally", 2018],
  ["Array.prototype.flat", 2019],
  ["Array.prototype.flatMap", 2019],
  ["Object.fromEntries", 2019],
  ["String.prototype.trimStart", 2019],
  ["String.prototype.trimEnd", 2019],
  ["Symbol.prototype.description", 2019],
  ["String.prototype.matchAll", 2020],
  ["Promise.allSettled", 2020],
  ["BigInt", 2020],
  ["BigInt64Array", 2020],
  ["BigUint64Array", 2020],
  ["globalThis", 2020],
  ["String.prototype.replaceAll", 2021],
  ["Promise.any", 2021],
  ["AggregateError", 2021],
  ["WeakRef", 2021],
  ["FinalizationRegistry", 2021],
  ["Array.prototype.at", 2022],
  ["String.prototype.at", 2022],
  ["Object.hasOwn", 2022],
  ["Array.prototype.findLast", 2023],
  ["Array.prototype.findLastIndex", 2023],
  ["Array.prototype.toReversed", 2023],
  ["Array.prototype.toSorted", 2023],
  ["Array.prototype.toSpliced", 2023],
  ["Array.prototype.with", 2023],
  ["Object.groupBy", 2024],
  ["Map.groupBy", 2024],
  ["Promise.withResolvers", 2024],
  ["String.prototype.isWellFormed", 2024],
  ["String.prototype.toWellFormed", 2024],
  ["Array.fromAsync", 2025],
];

/**
 * A fresh context holding `globals`, with every post-2016 built-in deleted.
 * @throws Error if one of them survives the deletion (then the realm would prove nothing)
 */
export function createEs2016Context(globals: Record<string, unknown>): vm.Context {
  const context = vm.createContext({ ...globals });
  // Runs inside the realm, so it deletes the realm's own built-ins; plain ES5.
  const survivors = vm.runInContext(
    `(function (global, paths) {
      var survivors = [];
      for (var i = 0; i < paths.length; i++) {
        var parts = paths[i].split(".");
        var owner = global;
        for (var j = 0; j < parts.length - 1 && owner; j++) owner = owner[parts[j]];
        var name = parts[parts.length - 1];
        if (owner) delete owner[name];
        if (owner && name in owner) survivors.push(paths[i]);
      }
      return survivors.join(", ");
    })(this, ${JSON.stringify(POST_ES2016_BUILT_INS.map(([path]) => path))})`,
    context,
  ) as string;
  if (survivors) throw new Error(`post-2016 built-ins still present in the ES2016 realm: ${survivors}`);
  return context;
}
