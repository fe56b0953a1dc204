/*
 * `npm run bench`: prints the machine, then each section as a Markdown table.
 * Pass section titles to run only those: `npx tsx tests/bench/run.ts engine` or `... simulate`
 * or `... bundle`. To add a timing section, export a Section from a file here
 * and list it below.
 */
import { printBundleSection } from './bundle';
import { engineSection } from './engine';
import { machine, runSection, type Section } from './harness';
import { simulateSection } from './simulate';

const sections: Section[] = [engineSection, simulateSection];

const wanted = process.argv.slice(2).map((arg) => arg.toLowerCase());
const chosen = wanted.length === 0 ? sections : sections.filter((s) => wanted.includes(s.title.toLowerCase()));
const withBundle = wanted.length === 0 || wanted.includes('bundle');
if (chosen.length === 0 && !withBundle) {
  console.error(`No section named ${wanted.join(', ')}; known: ${[...sections.map((s) => s.title), 'bundle'].join(', ')}.`);
  process.exitCode = 1;
}

console.log(machine());
for (const section of chosen) runSection(section);
if (withBundle) printBundleSection();
