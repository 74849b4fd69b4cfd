/**
 * Checks across the plan's data files that no single schema can see: every target has exactly one
 * progress record, reported units match the target's unit, and every commune and poster named in the
 * progress and reach files exists.
 */
import type { ContentProblem } from './content-check.ts';

interface Entry {
  id: string;
  data: Record<string, unknown>;
}

export interface PlanData {
  targets: Entry[];
  progress: Entry[];
  reach: Entry[];
  communeIds: Set<string>;
  posterIds: Set<string>;
  /** Each file's path (for messages) and text (to find the line of a record). */
  files: { progress: DataFile; reach: DataFile };
}

interface DataFile {
  path: string;
  text: string;
}

/** The line where the record "- id: <id>" starts, so staff go straight to it. */
function lineOfRecord(file: DataFile, id: string): number | undefined {
  const index = file.text.split('\n').findIndex((line) => new RegExp(`^-\\s*id:\\s*["']?${id}["']?\\s*(#.*)?$`).test(line.trim()));
  return index < 0 ? undefined : index + 1;
}

export function checkPlanData({ targets, progress, reach, communeIds, posterIds, files }: PlanData): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const targetsById = new Map(targets.map((entry) => [entry.id, entry]));
  const progressIds = new Set(progress.map((entry) => entry.id));
  const at = (file: DataFile, id: string) => ({ file: file.path, line: lineOfRecord(file, id) });
  const unknownCommune = (file: DataFile, record: string, where: string, id: string) =>
    problems.push({ ...at(file, record), field: 'communes', message: `${where} nhắc tới xã, phường "${id}" không có trong content/communes.yaml. Dùng đúng mã (id), ví dụ "dien-bien-phu".` });

  for (const target of targets) {
    if (!progressIds.has(target.id)) {
      problems.push({ file: files.progress.path, field: 'id', message: `Chỉ tiêu "${target.id}" chưa có bản ghi tiến độ. Thêm "- id: ${target.id}" và "label: ..." (chưa có số liệu thì không ghi "reported").` });
    }
  }
  for (const entry of progress) {
    const target = targetsById.get(entry.id);
    if (!target) {
      problems.push({ ...at(files.progress, entry.id), field: 'id', message: `Bản ghi tiến độ "${entry.id}" không ứng với chỉ tiêu nào trong content/plan-targets.yaml. Sửa mã cho đúng hoặc xóa bản ghi.` });
      continue;
    }
    const reported = entry.data.reported as { unit?: unknown; communes?: Record<string, unknown> } | undefined;
    if (!reported) continue;
    const unit = target.data.unit ?? '';
    if (reported.unit !== unit) {
      problems.push({
        ...at(files.progress, entry.id),
        field: 'reported.unit',
        message: `Chỉ tiêu "${entry.id}" tính bằng "${String(unit)}" nhưng số liệu ghi đơn vị "${String(reported.unit)}". Đổi số liệu sang đúng đơn vị của chỉ tiêu.`,
      });
    }
    for (const id of Object.keys(reported.communes ?? {})) {
      if (!communeIds.has(id)) unknownCommune(files.progress, entry.id, `Số liệu của chỉ tiêu "${entry.id}"`, id);
    }
  }
  for (const month of reach) {
    for (const [posterId, communes] of Object.entries((month.data.qrScans as Record<string, Record<string, unknown>> | undefined) ?? {})) {
      if (!posterIds.has(posterId)) {
        problems.push({ ...at(files.reach, month.id), field: 'qrScans', message: `Tháng ${month.id} ghi lượt quét của áp phích "${posterId}" không có. Dùng một trong: ${[...posterIds].join(', ')}.` });
      }
      for (const id of Object.keys(communes ?? {})) {
        if (!communeIds.has(id)) unknownCommune(files.reach, month.id, `Tháng ${month.id}`, id);
      }
    }
  }
  return problems;
}
