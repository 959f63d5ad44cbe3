import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { HELP_PAGE, helpPage } from "../../scripts/referenceDocs";

const DIST = path.join(__dirname, "..", "..", "dist");

describe("help page", () => {
  it("is generated from the functions' JSDoc (run `npm run docs` after changing it)", async () => {
    assert.ok(
      fs.readFileSync(HELP_PAGE, "utf8") === (await helpPage()),
      "src/help/help.html is stale: run `npm run docs`",
    );
  });

  it("ships as dist/help.html with the Content Security Policy of the other pages", () => {
    const policy = (page: string) =>
      /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(
        fs.readFileSync(path.join(DIST, page), "utf8"),
      )?.[1];
    assert.ok(policy("help.html"), "dist/help.html has no Content Security Policy");
    assert.equal(policy("help.html"), policy("support.html"));
  });

  it("keeps the full explanation a 255-character description leaves out", async () => {
    const page = await helpPage();
    // CONVPRICEAUDIT's explanation names the tie rule, which its short description omits.
    assert.match(page, /<section id="CONVPRICEAUDIT">[\s\S]*?ties: the earlier date[\s\S]*?<\/section>/);
  });
});
