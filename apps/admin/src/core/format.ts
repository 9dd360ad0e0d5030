/** "2,4 MB", "830 KB", "512 byte" in the UI language (1 KB = 1024 bytes, as Windows shows file sizes). */
export function formatBytes(bytes: number, locale: string): string {
  const lang = locale === 'en' ? 'en-GB' : 'vi-VN';
  const units = locale === 'en' ? ['bytes', 'KB', 'MB', 'GB'] : ['byte', 'KB', 'MB', 'GB'];
  let value = Math.max(0, bytes);
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  const digits = unit === 0 || value >= 100 ? 0 : 1;
  return `${value.toLocaleString(lang, { maximumFractionDigits: digits })} ${units[unit]}`;
}
