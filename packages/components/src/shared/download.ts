/**
 * Saves data as a file through a temporary link (what an element's export button does).
 *
 * @example
 * downloadFile(writeCsv(rows), '客户列表-2026-12-07.csv', 'text/csv;charset=utf-8');
 */
export function downloadFile(data: BlobPart, name: string, type: string): void {
  const url = URL.createObjectURL(new Blob([data], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
