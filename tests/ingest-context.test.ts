// Issue 12, items 3, 4 and 6 on short texts written for the purpose: datelines and sign-offs, names inside longer
// names, ties broken by the document, caseless text, and plain text with angle brackets.
import { describe, expect, it } from 'vitest';
import { linkFields } from '../src/modules/ingest/linking/fields.ts';
import { compileGazetteer } from '../src/modules/ingest/linking/gazetteer.ts';
import { loadGazetteerData } from '../src/modules/ingest/linking/gazetteer-data.ts';
import { createLinker } from '../src/modules/ingest/linking/linker.ts';
import { detectCaseMode, HEADLINE, LOWER, UPPER } from '../src/modules/ingest/linking/text-case.ts';
import { prepareArticle } from '../src/modules/ingest/prepare.ts';
import { parseDateline, resolveDatelineDate, splitSignOff } from '../src/modules/ingest/text/datelines.ts';
import { hasHtmlMarkup } from '../src/modules/ingest/text/normalise.ts';
import { tokenize } from '../src/modules/ingest/text/tokens.ts';

const linker = createLinker(compileGazetteer(loadGazetteerData()));

/** "surface→key" for every gazetteer mention of an English text, in order. */
function links(text: string, language: string | null = 'en'): string[] {
  return linker
    .link(text, { language, ner: false })
    .filter((mention) => mention.method === 'gazetteer')
    .map((mention) => `${mention.surface}→${mention.entity.status === 'known' ? mention.entity.key : ''}`);
}

describe('datelines', () => {
  it.each([
    [
      'WASHINGTON, March 2 - The deficit',
      'WASHINGTON, March 2 -',
      'WASHINGTON',
      { year: null, month: 3, day: 2 },
      null,
    ],
    [
      'LONDON, March 2 (Reuters) - Sterling rose',
      'LONDON, March 2 (Reuters) -',
      'LONDON',
      { year: null, month: 3, day: 2 },
      'Reuters',
    ],
    ['PARIS — France said', 'PARIS —', 'PARIS', null, null],
    [
      'TOKYO, June 5 (Reuters) - Japan',
      'TOKYO, June 5 (Reuters) -',
      'TOKYO',
      { year: null, month: 6, day: 5 },
      'Reuters',
    ],
    ['BOGOTÁ, Colombia (AP) — Colombia said', 'BOGOTÁ, Colombia (AP) —', 'BOGOTÁ, Colombia', null, 'AP'],
    ['Lima, 5 jun (EFE).- El Gobierno', 'Lima, 5 jun (EFE).-', 'Lima', { year: null, month: 6, day: 5 }, 'EFE'],
    [
      'MADRID, 12 (EUROPA PRESS)',
      'MADRID, 12 (EUROPA PRESS)',
      'MADRID',
      { year: null, month: null, day: 12 },
      'EUROPA PRESS',
    ],
    [
      'ST. LOUIS, Mo., March 2 (AP) - Shares',
      'ST. LOUIS, Mo., March 2 (AP) -',
      'ST. LOUIS, Mo.',
      { year: null, month: 3, day: 2 },
      'AP',
    ],
    ['TOKYO, MARCH 3 - JAPAN WILL CUT', 'TOKYO, MARCH 3 -', 'TOKYO', { year: null, month: 3, day: 3 }, null],
    [
      'Caracas, 3 de junio (EFE) - El presidente',
      'Caracas, 3 de junio (EFE) -',
      'Caracas',
      { year: null, month: 6, day: 3 },
      'EFE',
    ],
    [
      'Misión Verdad, Orinoco Tribune, June 5, 2023 — In recent days',
      'Misión Verdad, Orinoco Tribune, June 5, 2023 —',
      null,
      { year: 2023, month: 6, day: 5 },
      null,
    ],
  ])('reads %j', (paragraph, text, place, date, agency) => {
    expect(parseDateline(paragraph)).toMatchObject({ text, place, date, agency });
  });

  it.each([
    'Peru’s Congress voted on Tuesday.',
    'Yesterday (Monday) - the minister said.',
    'Friday, January 4 - The minister spoke.',
    'JAPAN WILL CUT - OFFICIALS SAID.',
    'UNITED NATIONS, Feb 30 - nothing',
    'BREAKING',
  ])('finds no dateline in %j', (paragraph) => {
    expect(parseDateline(paragraph)).toBeNull();
  });

  it('completes the year or the month from the publication time, never after it', () => {
    const at = (value: string) => new Date(value);
    expect(resolveDatelineDate({ year: null, month: 3, day: 2 }, at('1987-03-02T10:00:00Z'))).toBe('1987-03-02');
    expect(resolveDatelineDate({ year: null, month: 12, day: 31 }, at('1988-01-01T03:00:00Z'))).toBe('1987-12-31');
    expect(resolveDatelineDate({ year: null, month: null, day: 12 }, at('2024-03-12T10:00:00Z'))).toBe('2024-03-12');
    expect(resolveDatelineDate({ year: null, month: null, day: 28 }, at('2024-03-02T10:00:00Z'))).toBe('2024-02-28');
    expect(resolveDatelineDate({ year: 2023, month: 6, day: 5 }, null)).toBe('2023-06-05');
    expect(resolveDatelineDate({ year: null, month: 3, day: 2 }, null)).toBeNull();
  });

  it('takes a wire sign-off off the end, alone or after the last sentence, and leaves names alone', () => {
    expect(splitSignOff(['A.', 'The ministry said. Reuter'])).toEqual({
      paragraphs: ['A.', 'The ministry said.'],
      agency: 'Reuter',
    });
    expect(splitSignOff(['Text.', 'REUTER'])).toEqual({ paragraphs: ['Text.'], agency: 'REUTER' });
    expect(splitSignOff(['Text.', '(AP)'])).toEqual({ paragraphs: ['Text.'], agency: 'AP' });
    expect(splitSignOff(['He met Reuter'])).toEqual({ paragraphs: ['He met Reuter'], agency: null });
    expect(splitSignOff(['The minister thanked the Reuters'])).toEqual({
      paragraphs: ['The minister thanked the Reuters'],
      agency: null,
    });
  });
});

describe('names inside longer names', () => {
  it.each([
    ['The European Community agreed on a budget.', 'place:europe'],
    ['Talks in the Uruguay Round resumed.', 'country:UY'],
    ['The deficit was 1.2 billion U.S. dlrs in January.', 'country:US'],
    ['The Swiss franc rose against the yen.', 'country:CH'],
    ['Vancouver lies in British Columbia.', 'country:GB'],
    ['The storm hit North Island hard.', 'country:IS'],
    ['A hurricane watch was issued for Andros Island.', 'country:IS'],
    ['Security Pacific Corp said profits rose.', 'place:pacific-ocean'],
    ['Shares fell on the New York Stock Exchange.', 'place:us-state:NY'],
    ['The Bank of Japan raised rates.', 'country:JP'],
    ['She won the Australian Open last year.', 'country:AU'],
    ['Los pesos chilenos subieron.', 'country:CL'],
    ['The pro-Beijing camp lost seats in Hong Kong.', 'place:capital:CN:Beijing'],
    ['Anti-Moscow protesters marched.', 'place:capital:RU:Moscow'],
    ['He favoured European integration and African trade.', 'place:europe'],
    ['He favoured European integration and African trade.', 'place:africa'],
    ['Trade across Central America grew.', 'country:US'],
    ['Riots spread in Northern Ireland.', 'country:IE'],
    ['The storm hit South Georgia.', 'country:GE'],
  ])('%j does not link %s', (text, key) => {
    expect(links(text, null).map((link) => link.split('→')[1])).not.toContain(key);
  });

  it("links the adjective a package spells like another language's name, and a country after a ruler's title", () => {
    expect(links('Philippine officials and the Argentine congress met the Sultan of Oman.')).toEqual([
      'Philippine→country:PH',
      'Argentine→country:AR',
      'Oman→country:OM',
    ]);
  });

  it('keeps a place after a person\'s surname, and names a US state without its "state"', () => {
    expect(
      links('Representative Kweisi Mfume of Maryland spoke in the state of Wisconsin under Ohio state law.'),
    ).toEqual(['Maryland→place:us-state:MD', 'Wisconsin→place:us-state:WI', 'Ohio→place:us-state:OH']);
    // A surname after a particle ("bin", "van"), too.
    expect(links('Crown Prince Mohammad bin Salman of Saudi Arabia accepted responsibility.')).toContain(
      'Saudi Arabia→country:SA',
    );
  });

  it('links a city after a plain hyphen, and a country after pro- as its demonym would', () => {
    expect(links('Trains run Paris-Beijing weekly.')).toContain('Beijing→place:capital:CN:Beijing');
    expect(links('A pro-Russia rally was held.').map((link) => link.split('→')[1])).toContain('country:RU');
  });

  it('keeps the country before titles, offices, state institutions and people, and in parts of it', () => {
    const countries = (text: string) => links(text).filter((link) => link.includes('→country:'));
    expect(
      countries('Japanese Prime Minister Yasuhiro Nakasone met U.S. Trade Representative Clayton Yeutter.'),
    ).toEqual(['Japanese→country:JP', 'U.S.→country:US']);
    expect(links('The Government of Peru and the North Island of New Zealand.')).toEqual([
      'Peru→country:PE',
      'New Zealand→country:NZ',
    ]);
    expect(links('In Peru, officials met. Visiting Japan, he spoke.')).toEqual(['Peru→country:PE', 'Japan→country:JP']);
    // A compass word before a country names a part of it: the country is the mention.
    expect(countries('Fighting in Northern Syria and South Poland spread.')).toEqual([
      'Syria→country:SY',
      'Poland→country:PL',
    ]);
  });
});

describe('context before gazetteer hits', () => {
  it('breaks a tie between two states of one name with the places the document names', () => {
    expect(links('Congo’s army entered Kinshasa on Monday.')).toContain('Congo→country:CD');
    expect(links('Troops in Congo clashed near Brazzaville.')).toContain('Congo→country:CG');
    // Nothing in the document to tell them apart: no guess.
    expect(links('Troops in Congo clashed near the border.')).toEqual([]);
  });

  it('reads shipping words as a port only when nothing else bears the name', () => {
    expect(links('China exported more ships and cargo vessels to Japan this year.')).toEqual([
      'China→country:CN',
      'Japan→country:JP',
    ]);
    expect(links('Washington said the tanker ships and cargo would be inspected.')).toEqual([
      'Washington→place:capital:US:Washington D.C.',
    ]);
  });

  it('does not take a word of a longer capitalised name, or a note of the port list, for a harbour near shipping words', () => {
    const text =
      'The cargo ship was last seen in the Java Sea. Tristan Smith of University College London, a shipping ' +
      'researcher, said the Indonesian Palm Oil Producers Association valued the cargo. Ships visiting their ports ' +
      'must report.';
    expect(links(text).filter((link) => link.includes('→port:'))).toEqual([]);
    // A harbour's own phrase still names it.
    expect(links('Cargo ships were loaded at the port of Callao.')).toContain('Callao→port:PECLL');
  });

  it('proposes the ministries of a country beyond defence, foreign affairs and finance, in English and Spanish', () => {
    const found = linker
      .link('El Ministerio de Salud de Guatemala compró vacunas y el Departamento de Salud de Sudáfrica respondió.', {
        language: 'es',
      })
      .filter((mention) => mention.entity.status === 'proposed')
      .map((mention) => mention.surface);
    expect(found).toEqual(['Ministerio de Salud de Guatemala', 'Departamento de Salud de Sudáfrica']);
    const english = linker
      .link("Guatemala's Ministry of Health bought vaccines; the Peruvian Education Ministry did not.", {
        language: 'en',
      })
      .filter((mention) => mention.entity.status === 'proposed')
      .map((mention) => mention.surface);
    expect(english).toContain('Peruvian Education Ministry');
  });

  it('reads a word written without the accents of a name as the word, unless the document names the entity', () => {
    const story = 'Brasil exporta café. Para los productores, el precio es bajo.';
    expect(links(story, 'es').filter((link) => link.startsWith('Para'))).toEqual([]);
    expect(links(`${story} En Pará llueve.`, 'es').filter((link) => link.startsWith('Para'))).toHaveLength(1);
  });

  it('reads a given name before a speech verb as a person, not a town', () => {
    expect(links('Douglas said the company would expand.')).toEqual([]);
    expect(links('Chad said it would close the border.')).toEqual(['Chad→country:TD']);
  });

  it('reads a generic institution name as the institution of the country the story is about', () => {
    expect(links('Kenya’s Parliament passed the budget. In Nairobi, Kenya, the Senate objected.')).toEqual([
      'Kenya→country:KE',
      'Parliament→organization:ke-parliament-of-kenya',
      'Nairobi→place:capital:KE:Nairobi',
      'Kenya→country:KE',
      'Senate→organization:ke-senate-of-kenya',
    ]);
    expect(links('In London, Parliament voted. Britain’s Parliament met again.')).toContain(
      'Parliament→organization:uk-parliament',
    );
    // Parties of one name in several countries: the story's country decides.
    expect(links('New Zealand voted. The Labour Party won in Wellington, New Zealand.')).toContain(
      'Labour Party→organization:nz-new-zealand-labour-party',
    );
    expect(links('Brazil’s Congress and Mexico’s Congress met. Brazil and Mexico signed.')).not.toContainEqual(
      expect.stringMatching(/^Congress→/),
    );
    // A story about no country in particular names no national institution by a generic word.
    expect(links('The Senate adjourned.')).toEqual([]);
    // A body the story named in full is what its generic name means later, whichever country the story is about.
    expect(
      links('In Lima, the U.S. Congress was criticized. Peru and Peru and Peru. Congress said nothing.'),
    ).toContain('Congress→organization:united-states-congress');
    expect(links('In Lima, Congress met. Peru and Peru and Peru.')).toContain(
      'Congress→organization:pe-congress-of-the-republic-of-peru',
    );
  });

  it('leaves the title a reference person is named with out of the mention, as with any title', () => {
    const found = linker
      .link('Pope Francis met Queen Elizabeth II in 2014. Duke Ellington played.', {
        language: 'en',
        publishedAt: '2014-04-03',
        ner: false,
      })
      .filter((mention) => mention.entity.status === 'known' && mention.entity.type === 'person')
      .map((mention) => mention.surface);
    expect(found).toEqual(['Francis', 'Elizabeth II']);
  });

  it('does not take a generic institution name before "of" and a name for the national one', () => {
    expect(
      links('In Sydney, Australia, the Parliament of New South Wales voted. Australia’s Parliament did not.'),
    ).toEqual([
      'Sydney→place:gn2147714',
      'Australia→country:AU',
      'New South Wales→place:admin1:AU.02',
      'Australia→country:AU',
      'Parliament→organization:au-parliament-of-australia',
    ]);
    // A known longer name is matched whole.
    expect(links('The Congress of the Philippines met in Manila, Philippines.')).toContain(
      'Congress of the Philippines→organization:ph-congress-of-the-philippines',
    );
  });

  it('does not take an ordinary word at the head of a sentence for a name', () => {
    expect(links('Island nations are vulnerable.')).toEqual([]);
    expect(links('Manila said it would protest. The Philippines recalled its envoy.')).toEqual([
      'Manila→place:capital:PH:Manila',
      'Philippines→country:PH',
    ]);
  });
});

describe('caseless text', () => {
  it('tells the case of a text', () => {
    const mode = (text: string, headline = false) => {
      const tokens = tokenize(text);
      return detectCaseMode(tokens, 0, tokens.length, headline);
    };
    expect(mode('JAPAN TO CUT RICE IMPORTS')).toBe(UPPER);
    expect(mode('japan to cut rice imports')).toBe(LOWER);
    expect(mode('Japan To Cut Rice Imports', true)).toBe(HEADLINE);
    expect(mode('Japan to cut rice imports', true)).toBe(0);
  });

  it('links the countries of an all-caps text, but not its ordinary words', () => {
    expect(links('FRANCE AND BRAZIL SIGNED THE ACCORD IN PARIS, THE MINISTRY TOLD US ON MAY 3.')).toEqual([
      'FRANCE→country:FR',
      'BRAZIL→country:BR',
      'PARIS→place:capital:FR:Paris',
    ]);
    expect(links('OFFICIALS TOLD US THAT IT WAS WHO THEY MET IN MAY.')).toEqual([]);
    // "US" is the United States once the text names it otherwise.
    expect(links('THE UNITED STATES SAID THE US DEFICIT WIDENED.')).toEqual([
      'UNITED STATES→country:US',
      'US→country:US',
    ]);
  });

  it('links the countries of a lowercase text, but not the island', () => {
    expect(links('france and germany signed the accord in paris on tuesday.')).toEqual([
      'france→country:FR',
      'germany→country:DE',
      'paris→place:capital:FR:Paris',
    ]);
    expect(links('the island was hit by the storm. iceland sent help.')).toEqual(['iceland→country:IS']);
  });
});

describe('fields', () => {
  it('links the title and the dateline with the body as one document, offsets per field', () => {
    const { mentions } = linkFields(
      linker,
      [
        { field: 'title', text: 'Congo army retakes town' },
        { field: 'dateline', text: 'KINSHASA' },
        { field: 'body', text: 'The army of Congo said on Tuesday it had retaken the town.' },
      ],
      { language: 'en', ner: false },
    );
    expect(mentions.map(({ field, start, end, surface, entity }) => ({ field, start, end, surface, entity }))).toEqual([
      {
        field: 'title',
        start: 0,
        end: 5,
        surface: 'Congo',
        entity: { status: 'known', key: 'country:CD', type: 'country', name: 'DR Congo' },
      },
      {
        field: 'dateline',
        start: 0,
        end: 8,
        surface: 'KINSHASA',
        entity: { status: 'known', key: 'place:capital:CD:Kinshasa', type: 'place', name: 'Kinshasa' },
      },
      {
        field: 'body',
        start: 12,
        end: 17,
        surface: 'Congo',
        entity: { status: 'known', key: 'country:CD', type: 'country', name: 'DR Congo' },
      },
    ]);
  });

  it('links in the title the full names the body proposes, but not a bare surname', () => {
    const title = (text: string) =>
      linkFields(
        linker,
        [
          { field: 'title', text },
          {
            field: 'body',
            text: 'The Pentagon said a strike killed Qasem Soleimani, the commander of the Quds Force, on Friday. Soleimani had led it since 1998.',
          },
        ],
        { language: 'en', ner: true },
      )
        .mentions.filter((mention) => mention.field === 'title')
        .map((mention) => `${mention.surface}=${mention.entity.name}`);
    expect(title('US strike kills Qasem Soleimani')).toContain('Qasem Soleimani=Qasem Soleimani');
    expect(title('What Soleimani wanted').some((entry) => entry.startsWith('Soleimani'))).toBe(false);
  });

  it('prepares a wire story: dateline and sign-off off the body, title in capitals linked', () => {
    const prepared = prepareArticle(
      {
        url: 'https://wire.example.org/rice',
        title: 'JAPAN TO CUT RICE IMPORTS',
        publishedAt: '1987-03-03T08:00:00Z',
        body: 'TOKYO, MARCH 3 - JAPAN WILL CUT ITS IMPORTS OF RICE FROM THAILAND NEXT YEAR, THE MINISTRY SAID.\n REUTER',
      },
      linker,
      { ner: true },
    );
    expect(prepared.dateline).toEqual({
      text: 'TOKYO, MARCH 3 -',
      place: 'TOKYO',
      date: '1987-03-03',
      agency: 'REUTER',
    });
    expect(prepared.body).toBe('JAPAN WILL CUT ITS IMPORTS OF RICE FROM THAILAND NEXT YEAR, THE MINISTRY SAID.');
    expect(prepared.mentions.map((mention) => `${mention.field}:${mention.surface}`)).toEqual([
      'title:JAPAN',
      'dateline:TOKYO',
      'body:JAPAN',
      'body:THAILAND',
    ]);
  });
});

describe('plain text stays text', () => {
  it.each([
    ['<Strong Point Inc> said it would buy <IBM> shares', false],
    ['x < y and y > z', false],
    ['<p>A paragraph</p>', true],
    ['line<br/>break', true],
    ['<a href="https://example.org">link</a>', true],
    ['<DIV CLASS=story>old markup', true],
    ['<!-- comment -->text', true],
  ])('%j is HTML: %s', (text, html) => {
    expect(hasHtmlMarkup(text)).toBe(html);
  });

  it('keeps a bracketed company name of an auto body', () => {
    const prepared = prepareArticle(
      {
        url: 'https://wire.example.org/strong-point',
        title: 'Strong Point to expand',
        body: 'NEW YORK, March 2 - <Strong Point Inc> said it would expand its plant.',
        bodyFormat: 'auto',
      },
      linker,
      { ner: false },
    );
    expect(prepared.body).toBe('<Strong Point Inc> said it would expand its plant.');
  });
});
