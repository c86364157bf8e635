import { readFileSync } from 'node:fs';
import path from 'node:path';
import { packageLinks, packageTeamsLink, packageWebUrl, TAB_ENTITY_ID } from '../../../bot/src/domain/tab-links';

describe('links to the meeting package', () => {
  it('points the web link at the tab route #/package/<meetingId>', () => {
    expect(packageWebUrl('https://utvalg.example.no', 'm-2026-09-16')).toBe(
      'https://utvalg.example.no/tab/#/package/m-2026-09-16',
    );
    expect(packageWebUrl('http://localhost:3978/', 'm-1')).toBe('http://localhost:3978/tab/#/package/m-1');
  });

  it('builds a Teams deep link whose context names the package as subEntityId', () => {
    const link = new URL(
      packageTeamsLink(
        '11111111-2222-3333-4444-555555555555',
        'm-1',
        'Brukerutvalget i NAV + venner',
        'https://h/tab/#/package/m-1',
      ),
    );
    expect(`${link.origin}${link.pathname}`).toBe(
      `https://teams.microsoft.com/l/entity/11111111-2222-3333-4444-555555555555/${TAB_ENTITY_ID}`,
    );
    expect(link.searchParams.get('webUrl')).toBe('https://h/tab/#/package/m-1');
    expect(link.searchParams.get('label')).toBe('Brukerutvalget i NAV + venner');
    expect(JSON.parse(link.searchParams.get('context') ?? '')).toEqual({ subEntityId: 'package/m-1' });
    // Spaces as %20, not '+': Teams decodes the parameters as URI components.
    expect(link.search).not.toContain('+');
    expect(decodeURIComponent(link.search)).toContain('Brukerutvalget i NAV + venner');
  });

  it('gives a deep link only when the Teams app id is known', () => {
    expect(packageLinks({ publicUrl: 'https://h' }, 'm-1', 'x')).toEqual({ web: 'https://h/tab/#/package/m-1' });
    expect(packageLinks({}, 'm-1', 'x')).toEqual({});
    expect(packageLinks({ teamsAppId: 'app', publicUrl: 'https://h' }, 'm-1', 'x').teams).toMatch(
      /^https:\/\/teams\.microsoft\.com\/l\/entity\/app\//,
    );
  });

  it("uses the manifest's static tab entityId", () => {
    const manifest = JSON.parse(readFileSync(path.resolve(__dirname, '../../../manifest/manifest.json'), 'utf8')) as {
      staticTabs: { entityId: string }[];
    };
    expect(manifest.staticTabs.map((t) => t.entityId)).toContain(TAB_ENTITY_ID);
  });
});
