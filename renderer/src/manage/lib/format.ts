/**
 * How numbers, times and dates read on the training pages. Fixed English formats, because the
 * rest of the app's text is English and the same figures must read the same in every table.
 */

/** 0.9213 → "92.1%"; null (not measured) → "—". */
export function percent(value: number | null | undefined, digits = 1): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  return `${(value * 100).toFixed(digits)}%`;
}

/** 20000 → "20,000". */
export function count(value: number): string {
  return Math.round(value).toLocaleString('en-US');
}

/** Singular or plural noun with its number: (1, 'sample') → "1 sample". */
export function plural(n: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count(n)} ${n === 1 ? singular : pluralForm}`;
}

/** Seconds as people say them: "42 s", "4 min 05 s", "1 h 03 min". */
export function duration(seconds: number | null | undefined): string {
  if (seconds === null || seconds === undefined || !Number.isFinite(seconds) || seconds < 0)
    return '—';
  const s = Math.round(seconds);
  if (s < 60) return `${s} s`;
  if (s < 3600) return `${Math.floor(s / 60)} min ${String(s % 60).padStart(2, '0')} s`;
  return `${Math.floor(s / 3600)} h ${String(Math.floor((s % 3600) / 60)).padStart(2, '0')} min`;
}

/** A loss, with enough digits to see it fall: 2.3026 → "2.303", 0.01234 → "0.0123". */
export function lossText(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  return value >= 1 ? value.toFixed(3) : value.toPrecision(3);
}

/** Learning rates and other small settings without trailing noise: 0.0010 → "0.001". */
export function settingText(value: number): string {
  return String(Number(value.toPrecision(6)));
}

const DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });
const DATE_TIME = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  hour: '2-digit',
  minute: '2-digit',
});

/** "28 Nov 2026"; the raw text when it is not a date. */
export function dateText(iso: string | null): string {
  if (iso === null) return '—';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : DATE.format(date);
}

/** "28 Nov, 12:00", for runs that happened today or lately. */
export function dateTimeText(iso: string | null): string {
  if (iso === null) return '—';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : DATE_TIME.format(date);
}
