// Stands in for exceljs in the drop-in bundle (vite.bundle.config.ts): the bundle is one file,
// and Excel's ~300 KB would triple it for a button. Loading it fails with a translated error
// that the element shows; CSV export works. An app installed from npm loads exceljs lazily.
import { LocalizedError } from '@dossier/core';

throw new LocalizedError('bundle.no-excel', {}, (locale) =>
  locale === 'zh-CN' ? '即插即用包不含 Excel 支持：请导出 CSV，或通过 npm 安装 Dossier 以读写 Excel 文件。' : 'The drop-in bundle has no Excel support: export CSV, or install Dossier from npm to read and write Excel files.',
);
