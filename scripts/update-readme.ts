// Rewrites the generated parts of readme.md: the key table and the --help text.
// Run: node --import tsx scripts/update-readme.ts (the readme test fails until you do).
import {readFileSync, writeFileSync} from 'node:fs';
import {generatedReadme} from '../test/helpers/readme-sections.js';

const readme = readFileSync('readme.md', 'utf8');
writeFileSync('readme.md', generatedReadme(readme));
