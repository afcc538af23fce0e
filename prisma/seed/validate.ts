// Checks the demo data before anything is written, so that a mistake in prisma/seed/data names
// the item at fault instead of surfacing as a constraint violation halfway through the load.
import { identifierProblem } from '../../lib/domain/identifier.ts';
import { canTransition, isValidStatus } from '../../lib/domain/lifecycle.ts';
import { recordDate } from './record-date.ts';
import type { DemoData, WorkItemSeed } from './types.ts';
import { identifierOf } from './work-item-rows.ts';

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;
const WEB = /^https?:\/\//;

function duplicates(values: readonly string[]): string[] {
  const seen = new Set<string>();
  return values.filter((value) => (seen.has(value) ? true : (seen.add(value), false)));
}

function dateProblem(value: string): string | null {
  try {
    recordDate(value);
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

function workItemProblems(item: WorkItemSeed, groups: Set<string>, topics: Set<string>): string[] {
  const problems: string[] = [];
  const names = [item.number, item.workingName].filter((name): name is string => name !== undefined);
  if (names.length === 0) problems.push('has neither a number nor a working name');
  for (const name of names) {
    const problem = identifierProblem(name);
    if (problem) problems.push(`identifier "${name}" ${problem}`);
  }
  if (!groups.has(item.group)) problems.push(`unknown group ${item.group}`);
  for (const topic of item.topics) if (!topics.has(topic)) problems.push(`unknown topic ${topic}`);
  if (item.history.length === 0) problems.push('has no status history');
  const dates = [item.startDate, item.targetDate, ...item.history.map((step) => step.date)];
  for (const date of dates)
    if (date !== undefined && dateProblem(date)) problems.push(dateProblem(date) ?? '');
  if (problems.length > 0) return problems;

  item.history.forEach((step, index) => {
    if (!isValidStatus(item.process, step.to)) problems.push(`${step.to} is not a ${item.process} status`);
    const previous = item.history[index - 1];
    if (!previous) return;
    if (!canTransition(item.process, previous.to, step.to))
      problems.push(`${previous.to} -> ${step.to} is not an allowed transition`);
    if (recordDate(step.date) < recordDate(previous.date))
      problems.push(`history goes back in time at ${step.to} (${step.date})`);
  });
  const start = item.startDate ? recordDate(item.startDate) : null;
  if (start && item.targetDate && recordDate(item.targetDate) < start)
    problems.push('target date before start date');
  if (start && item.history.some((step) => recordDate(step.date) < start))
    problems.push('history starts before the start date');
  if (item.process === 'THREEGPP' && item.documentVersion && !/^\d+\.\d+\.\d+$/.test(item.documentVersion)) {
    problems.push(`3GPP version "${item.documentVersion}" is not x.y.z`);
  }
  for (const url of [item.baseTextUrl, item.publicationUrl])
    if (url && !WEB.test(url)) problems.push(`URL ${url} is not http(s)`);
  for (const editor of item.editors ?? [])
    if (editor.email && !EMAIL.test(editor.email)) problems.push(`bad e-mail ${editor.email}`);
  return problems;
}

/** Everything wrong with the demo data, one line per problem; empty when it can be loaded. */
export function validateDemoData(data: DemoData): string[] {
  const problems: string[] = [];
  const bodies = new Set(data.bodies.map((b) => b.slug));
  for (const slug of duplicates(data.bodies.map((b) => b.slug)))
    problems.push(`body ${slug}: duplicate slug`);
  const groups = new Set<string>();
  for (const group of data.groups) {
    const segments = group.path.split('/');
    const parent = segments.slice(0, -1).join('/');
    if (!segments.every((s) => SLUG.test(s)))
      problems.push(`group ${group.path}: path is not lowercase slugs`);
    if (!bodies.has(segments[0] ?? '')) problems.push(`group ${group.path}: unknown body`);
    if (segments.length > 2 && !groups.has(parent))
      problems.push(`group ${group.path}: parent must come first`);
    if (groups.has(group.path)) problems.push(`group ${group.path}: duplicate path`);
    groups.add(group.path);
  }
  for (const code of duplicates(data.groups.map((g) => `${g.path.split('/')[0]} ${g.code}`)))
    problems.push(`group code ${code}: duplicate`);
  const topics = new Set(data.topics.map((t) => t.slug));
  for (const topic of data.topics)
    if (!SLUG.test(topic.slug)) problems.push(`topic ${topic.slug}: slug is not kebab-case`);
  for (const slug of duplicates(data.topics.map((t) => t.slug))) problems.push(`topic ${slug}: duplicate`);

  for (const item of data.workItems) {
    for (const problem of workItemProblems(item, groups, topics))
      problems.push(`work item ${identifierOf(item)}: ${problem}`);
  }
  const names = data.workItems
    .flatMap((item) => [item.number, item.workingName])
    .filter((n): n is string => n !== undefined);
  for (const name of duplicates(names.map((n) => n.toLowerCase())))
    problems.push(`work item name ${name}: used twice`);
  const identifiers = new Set(data.workItems.map(identifierOf));

  for (const relation of data.relations) {
    const label = `relation ${relation.from} ${relation.type} ${relation.to}`;
    if (!identifiers.has(relation.from) || !identifiers.has(relation.to))
      problems.push(`${label}: unknown work item`);
    if (relation.from === relation.to) problems.push(`${label}: links an item to itself`);
  }
  for (const key of duplicates(data.relations.map((r) => `${r.from} ${r.type} ${r.to}`)))
    problems.push(`relation ${key}: duplicate`);

  const earlier = new Set<string>();
  for (const liaison of data.liaisons) {
    const label = `liaison ${liaison.reference}`;
    if (identifierProblem(liaison.reference))
      problems.push(`${label}: reference ${identifierProblem(liaison.reference) ?? ''}`);
    for (const path of [liaison.from, ...liaison.to])
      if (!groups.has(path)) problems.push(`${label}: unknown group ${path}`);
    for (const id of liaison.workItems ?? [])
      if (!identifiers.has(id)) problems.push(`${label}: unknown work item ${id}`);
    if (liaison.inReplyTo && !earlier.has(liaison.inReplyTo))
      problems.push(`${label}: replies to ${liaison.inReplyTo}, which must come first`);
    if (liaison.deadline && liaison.deadline < liaison.date) problems.push(`${label}: deadline before date`);
    if (dateProblem(liaison.date) ?? (liaison.deadline && dateProblem(liaison.deadline)))
      problems.push(`${label}: bad date`);
    if (liaison.documentUrl && !WEB.test(liaison.documentUrl)) problems.push(`${label}: URL is not http(s)`);
    if (earlier.has(liaison.reference)) problems.push(`${label}: duplicate reference`);
    earlier.add(liaison.reference);
  }
  return problems;
}
