import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Language } from '../../../bot/src/domain/language';
import { COMMANDS, matchCommand } from '../../../bot/src/teams/command-table';
import { textsFor } from '../../../bot/src/texts/catalogue';

/**
 * The manifest is JSON that Teams reads, so it cannot import the catalogue: this test keeps its
 * localized strings and the catalogue saying the same thing, so a reworded text cannot leave the
 * Teams app page or the command menu behind.
 */
const MANIFEST_DIR = path.join(__dirname, '../../../manifest');

interface Manifest {
  name: { full: string };
  description: { short: string; full: string };
  staticTabs: { entityId: string; name?: string }[];
  bots: { commandLists: { commands: { title: string; description: string }[] }[] }[];
}

const manifest = JSON.parse(readFileSync(path.join(MANIFEST_DIR, 'manifest.json'), 'utf8')) as Manifest;
const localization = (file: string) => JSON.parse(readFileSync(path.join(MANIFEST_DIR, file), 'utf8')) as Record<string, string>;

/** Each language's strings, keyed as the localization files key them ('name.full', 'bots[0]…description'). */
function stringsOf(language: Language): Record<string, string> {
  const flat: Record<string, string> = {
    'name.full': manifest.name.full,
    'description.short': manifest.description.short,
    'description.full': manifest.description.full,
  };
  manifest.staticTabs.forEach((tab, i) => {
    if (tab.name !== undefined) flat[`staticTabs[${i}].name`] = tab.name;
  });
  manifest.bots[0]!.commandLists.forEach((list, i) =>
    list.commands.forEach((command, j) => {
      flat[`bots[0].commandLists[${i}].commands[${j}].title`] = command.title;
      flat[`bots[0].commandLists[${i}].commands[${j}].description`] = command.description;
    }),
  );
  if (language === 'nb') return flat;
  const file = localization(language === 'nn' ? 'nn-NO.json' : 'en-US.json');
  return Object.fromEntries(Object.keys(flat).map((key) => [key, file[key] ?? flat[key]!]));
}

describe.each<Language>(['nb', 'nn', 'en'])('the manifest in %s', (language) => {
  const strings = stringsOf(language);
  const t = textsFor(language);

  it("names and describes the app with the catalogue's manifest texts", () => {
    expect({
      nameFull: strings['name.full'],
      descriptionShort: strings['description.short'],
      descriptionFull: strings['description.full'],
      meetingsTab: strings[`staticTabs[${manifest.staticTabs.findIndex((tab) => tab.entityId === 'utvalg-meetings')}].name`],
    }).toEqual(t.manifest);
  });

  it("describes each command in its menu with the catalogue's commands text", () => {
    const lists = manifest.bots[0]!.commandLists;
    const keys = lists.flatMap((list, i) => list.commands.map((_, j) => `bots[0].commandLists[${i}].commands[${j}]`));
    const listed = keys.map((key) => ({ title: strings[`${key}.title`]!, description: strings[`${key}.description`] }));
    const expected = listed.map(({ title }) => ({ title, description: t.commands[matchCommand(title).id] }));
    expect(listed.length).toBeGreaterThan(0);
    expect(listed).toEqual(expected);
  });
});

describe('the commands area', () => {
  it('describes exactly the commands of the command table', () => {
    expect(Object.keys(textsFor('nb').commands).sort()).toEqual(COMMANDS.map((c) => c.id).sort());
  });
});
