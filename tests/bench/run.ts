/*
 * `npm run bench`: prints the machine, then each section as a Markdown table.
 * Pass section titles to run only those: `npx tsx tests/bench/run.ts engine`.
 * To add a section, export a Section from a file here and list it below.
 */
import { engineSection } from './engine';
import { machine, runSection, type Section } from './harness';

const sections: Section[] = [engineSection];

const wanted = process.argv.slice(2).map((arg) => arg.toLowerCase());
const chosen = wanted.length === 0 ? sections : sections.filter((s) => wanted.includes(s.title.toLowerCase()));
if (chosen.length === 0) {
  console.error(`No section named ${wanted.join(', ')}; known: ${sections.map((s) => s.title).join(', ')}.`);
  process.exitCode = 1;
}

console.log(machine());
for (const section of chosen) runSection(section);
