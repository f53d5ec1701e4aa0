import ExcelJS from "exceljs";
(async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile("out/foyer-demo-controle.xlsx");
  console.log(wb.worksheets.map((w) => w.name));
  const r = wb.getWorksheet("Contrôle planning")!;
  r.eachRow((row, n) => console.log(n, JSON.stringify(row.values)));
  const h = wb.getWorksheet("Hirondelles - Novembre 2026")!;
  console.log(h.getCell("Z10").note, h.getCell("Z10").fill);
})();
