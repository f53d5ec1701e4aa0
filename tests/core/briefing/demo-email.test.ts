// The demo's morning e-mail of 26/11/2026: the next two days' coverage gaps and the follow-ups due, counts only.
import { minimalEmail, minimalSummary, redactSummary } from "../../../src/core/briefing";
import { saveOutput } from "../../gas/briefing-world";
import { demoBriefing } from "./demo";

const LINK = "https://docs.google.com/spreadsheets/d/demo/edit#gid=7";

test("the minimal e-mail of 26/11 lists the night of 27/11 at 1 person for 2, and the follow-ups due", async () => {
  const { model, privateNames } = await demoBriefing("2026-11-26");
  const mail = minimalEmail(redactSummary(minimalSummary(model, LINK), privateNames));
  saveOutput("briefing-email-demo-2026-11-26.txt", `${mail.subject}\n\n${mail.body}`);
  expect(mail.body).toContain(
    "Trous de couverture (aujourd'hui et les deux jours suivants)\n  - Couverture insuffisante le 27/11 (nuit) : 1 personne pour 2 minimum (Mercier Aline).",
  );
  expect(mail.body).not.toContain("Aucun trou de couverture");
  expect(mail.htmlBody).toContain("Couverture insuffisante le 27/11 (nuit)");
  expect(mail.body).toContain("Suivis : 0 à faire aujourd'hui, 1 en retard");
  for (const name of privateNames) expect(mail.body).not.toContain(name);
});
