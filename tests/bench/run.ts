/*
 * `npm run bench`: prints the machine, then each section as a Markdown table.
 * Pass section titles to run only those: `npx tsx tests/bench/run.ts engine` or `... simulate`
 * or `... bundle`. To add a timing section, export a Section from a file here
 * and list it below. `load` (a production server under autocannon, a few
 * minutes) runs only when asked: `npm run bench -- load [--no-build]`.
 */
import { printBundleSection } from './bundle';
import { engineSection } from './engine';
import { machine, runSection, type Section } from './harness';
import { printLoadSection } from './load';
import { simulateSection } from './simulate';

const sections: Section[] = [engineSection, simulateSection];

const args = process.argv.slice(2).map((arg) => arg.toLowerCase());
const wanted = args.filter((arg) => !arg.startsWith('--'));
const chosen = wanted.length === 0 ? sections : sections.filter((s) => wanted.includes(s.title.toLowerCase()));
const withBundle = wanted.length === 0 || wanted.includes('bundle');
const withLoad = wanted.includes('load');
if (chosen.length === 0 && !withBundle && !withLoad) {
  console.error(`No section named ${wanted.join(', ')}; known: ${[...sections.map((s) => s.title), 'bundle', 'load'].join(', ')}.`);
  process.exitCode = 1;
}

console.log(machine());
for (const section of chosen) runSection(section);
if (withBundle) printBundleSection();
if (withLoad && !(await printLoadSection(!args.includes('--no-build')))) {
  console.error('Load: a goal was missed (errors or lost writes; see above).');
  process.exitCode = 1;
}
