import ExcelJS from "exceljs";
(async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(process.argv[2]!);
  const h = wb.getWorksheet("Hirondelles - Novembre 2026")!;
  const counts = new Map<string, number>();
  h.eachRow((row) => row.eachCell((c) => { const k = `${c.value}:${(c.fill as any)?.fgColor?.argb}`; counts.set(k, (counts.get(k) ?? 0) + 1); }));
  console.log([...counts.entries()].filter(([k]) => /^(S|M|N|R):/.test(k)));
  console.log(h.getCell("Z10").style === h.getCell("AA11").style);
})();
