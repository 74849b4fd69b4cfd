/**
 * "Cập nhật lần cuối" in the footer means the content, not the build: the last git commit that touched
 * the content folder, or, where the site is built without its git history, the newest date the content
 * itself records (an article published or updated, a record verified). Never a date after the build.
 */
export function lastContentChange(gitDate: Date | undefined, recordedDates: Date[], buildTime: Date): Date | undefined {
  if (gitDate && gitDate <= buildTime) return gitDate;
  const past = recordedDates.filter((date) => date <= buildTime);
  return past.length > 0 ? new Date(Math.max(...past.map((date) => date.getTime()))) : undefined;
}
