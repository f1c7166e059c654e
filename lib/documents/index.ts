/**
 * The shared document module: official Word documents in the layout of Nghị định 30/2020/NĐ-CP and
 * report workbooks. Conversion to PDF is server-only, in ./libreoffice.
 */
export * from './format';
export * from './nd30';
export * from './commendation-decision';
export * from './summary-report';
export * from './workbook';
