// exceljs's browser build (a UMD script) has no type declarations of its own; xlsx.ts types it as exceljs.
declare module 'exceljs/dist/exceljs.min.js' {
  const ExcelJS: unknown;
  export default ExcelJS;
}
