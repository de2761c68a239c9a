import { Command, CommanderError, Option } from 'commander';
import { templateCatalogue } from '@orgcanvas/templates';
import { CliError } from './errors.js';
import { FORMATS, runExport, type ExportFlags } from './exportCommand.js';

export interface Io {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
}

const STD_IO: Io = { out: (t) => process.stdout.write(t), err: (t) => process.stderr.write(t) };

/** Runs the CLI on `argv` (as process.argv: node, script, args...) and returns the exit code. */
export async function main(argv: readonly string[], io: Io = STD_IO): Promise<number> {
  const program = new Command('orgcanvas')
    .description('Export OrgCanvas designs and built-in templates to SVG, PNG, PPTX or JSON.')
    .exitOverride()
    .configureOutput({ writeOut: io.out, writeErr: io.err });

  program
    .command('templates')
    .description('list the built-in templates (use one as template:<id>)')
    .action(() => {
      for (const t of templateCatalogue()) {
        io.out(
          `${t.id.padEnd(44)} ${t.name.zh} / ${t.name.en} (${count(t.counts.roles, 'role')}, ${count(t.counts.units, 'unit')})\n`,
        );
      }
    });

  program
    .command('export')
    .description('export a design file (JSON v1) or template:<id>')
    .argument('<source>', 'a design.json file, or template:<id>')
    .addOption(
      new Option('-f, --format <format>', 'output format').choices([...FORMATS]).makeOptionMandatory(),
    )
    .requiredOption('-o, --output <file>', 'where to write it')
    .option('--locale <locale>', 'language of the words on cards and slides: zh or en', 'zh')
    .option('--scale <n>', 'PNG pixels per point: 1, 2 or 3', '2')
    .option('--date <text>', 'a date (or any line) to print under the title')
    .option('--no-font', 'SVG: do not embed the font subset (smaller, needs Chinese fonts to view)')
    .option('--no-legend', 'leave out the unit legend')
    .action(async (source: string, flags: ExportFlags) => {
      await runExport(source, flags, (line) => io.err(`${line}\n`));
    });

  try {
    await program.parseAsync([...argv]);
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 1;
    if (error instanceof CliError) {
      io.err(`orgcanvas: ${error.message}\n`);
      return 1;
    }
    io.err(`orgcanvas: export failed: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}

const plural = new Intl.PluralRules('en');

/** "1 unit", "8 units": the listing is in English, so English plural rules pick the form. */
function count(n: number, noun: string): string {
  return `${n} ${noun}${plural.select(n) === 'one' ? '' : 's'}`;
}
