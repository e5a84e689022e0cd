/** AWS JSON dates are epoch seconds (the SDKs parse numbers as seconds). */
export function toEpochSeconds(date: Date): number {
  return Math.floor(date.getTime() / 1000);
}
