// Site furniture that scrapes carry into an article's text: comment forms, share prompts, newsletter pleas,
// "related posts" lists, cookie notices. The stripper is conservative on purpose — a lost sentence of reporting is
// worse than a kept "Share this:" — so it only ever removes WHOLE paragraphs made of nothing but such phrases,
// a "related posts" section at the very end, and a comment form glued after the last sentence of the last
// paragraph. Text inside a sentence is never touched.

export type BoilerplateKind = 'comment_form' | 'share_prompt' | 'newsletter' | 'related_posts' | 'cookie_notice';

export interface RemovedBlock {
  kind: BoilerplateKind;
  /** The removed text (a whole paragraph, or the tail glued onto the last one). */
  text: string;
  /** Index of the paragraph it came from, in the input. */
  paragraph: number;
}

export interface StrippedText {
  paragraphs: string[];
  removed: RemovedBlock[];
}

interface PhraseSet {
  kind: BoilerplateKind;
  /** At least one of these must be present: a paragraph of only filler words is not enough evidence. */
  phrases: readonly RegExp[];
  /** Words that may accompany the phrases (field labels, network names, buttons). */
  fillers: readonly RegExp[];
}

const PHRASE_SETS: readonly PhraseSet[] = [
  {
    kind: 'comment_form',
    phrases: [
      /Leave a (?:Reply|Comment)(?: to [^\n]{1,80}?)?\b/giu,
      /Cancel reply/giu,
      /Your email address will not be published\.?/giu,
      /Required fields are marked\s*\*?/giu,
      /Save my name, email, and website in this browser for the next time I comment\.?/giu,
      /Post Comment/giu,
      /This site uses Akismet to reduce spam\.(?: Learn how your comment data is processed\.)?/giu,
      /Deja (?:un comentario|una respuesta)/giu,
      /Cancelar respuesta/giu,
      /Tu (?:dirección de )?correo electrónico no será publicad[oa]\.?/giu,
      /Los campos obligatorios están marcados con\s*\*?/giu,
      /Guarda mi nombre, correo electrónico y web en este navegador para la próxima vez que comente\.?/giu,
      /Publicar (?:el )?comentario/giu,
    ],
    fillers: [/\b(?:Comment|Name|Email|Website|Comentario|Nombre|Correo electrónico|Web)\b\s*\*?/giu],
  },
  {
    kind: 'share_prompt',
    phrases: [
      /Share this(?: article| story| post)?:?/giu,
      /Click to (?:share on|email a link to a friend|print)[^()\n]{0,40}(?:\((?:Opens in new window)\))?/giu,
      /Share on (?:Facebook|Twitter|X|WhatsApp|LinkedIn|Telegram|Reddit|Email)/giu,
      /Like this:?/giu,
      /Like Loading\.\.\./giu,
      /Compart(?:ir|e)(?: (?:esta noticia|este artículo|en))?:?/giu,
    ],
    fillers: [
      /\b(?:Facebook|Twitter|X|WhatsApp|LinkedIn|Telegram|Reddit|Pinterest|Tumblr|Email|Print|More|Tweet|Imprimir|Correo)\b/giu,
    ],
  },
  {
    kind: 'newsletter',
    phrases: [
      /(?:Subscribe|Sign up) (?:to|for) (?:our|the) (?:free |daily |weekly )?newsletters?\.?/giu,
      /Get the latest (?:news|stories|headlines)[^.\n]{0,60} (?:delivered )?(?:to|in) your inbox\.?/giu,
      /Enter your email(?: address)?\.?/giu,
      /Suscr[ií]bete (?:a|gratis a) nuestro boletín\.?/giu,
      /Recibe (?:nuestro boletín|las noticias)[^.\n]{0,60}\.?/giu,
    ],
    fillers: [/\b(?:Subscribe|Sign up|Email|now|free|Suscríbete|Suscribirse)\b!?/giu],
  },
  {
    kind: 'related_posts',
    phrases: [
      /^(?:Related (?:posts|articles|stories|news)|You (?:may|might) also like|More from [^\n]{1,40}|Noticias relacionadas|Artículos relacionados|Te puede interesar|También te puede interesar):?$/giu,
    ],
    fillers: [],
  },
];

/** A teaser line in the middle of an article: "Read more: <headline>". */
const TEASER =
  /^(?:Read (?:more|also)|See also|RELATED|Lea también|Lee también|Leer más|Ver también|Relacionad[oa]s?):\s*\S[^\n]{0,160}$/u;
/** Cookie notices are prose, not fixed phrases: one short paragraph that opens the way they do and names cookies. */
const COOKIE_NOTICE =
  /^(?:We use cookies|This (?:web)?site uses cookies|Our (?:web)?site uses cookies|By (?:continuing to use|using) this (?:web)?site|(?:Este sitio(?: web)?|Esta web) (?:utiliza|usa) cookies|(?:Utilizamos|Usamos) cookies)\b.{0,500}$/isu;
const LEFTOVER = /^[\s*:.,;|·•–—\-()!]*$/u;

/**
 * Per set, one regex that matches wherever any of its phrases does: the cheap test run first. Exact as a filter —
 * matchesPhraseSet finds a phrase only if one matches the paragraph as given (the first phrase that matches sees it
 * unchanged, since every phrase before it replaced nothing), so a paragraph where this fails is not of the set.
 */
const ANY_PHRASE: ReadonlyMap<PhraseSet, RegExp> = new Map(
  PHRASE_SETS.map((set) => [set, new RegExp(set.phrases.map((phrase) => `(?:${phrase.source})`).join('|'), 'iu')]),
);

/** Any phrase of any set: most paragraphs are prose and fail this one test. */
const ANY_SET_PHRASE = new RegExp([...ANY_PHRASE.values()].map((any) => `(?:${any.source})`).join('|'), 'iu');

function matchesPhraseSet(paragraph: string, set: PhraseSet): boolean {
  if (!ANY_PHRASE.get(set)!.test(paragraph)) return false;
  let rest = paragraph;
  let found = false;
  for (const phrase of set.phrases) {
    rest = rest.replace(phrase, () => {
      found = true;
      return ' ';
    });
  }
  if (!found) return false;
  for (const filler of set.fillers) rest = rest.replace(filler, ' ');
  return LEFTOVER.test(rest);
}

/** The kind of boilerplate a whole paragraph is, or null when it holds any real text. */
export function classifyParagraph(paragraph: string): BoilerplateKind | null {
  const text = paragraph.trim();
  if (COOKIE_NOTICE.test(text)) return 'cookie_notice';
  if (TEASER.test(text)) return 'related_posts';
  if (!ANY_SET_PHRASE.test(text)) return null;
  for (const set of PHRASE_SETS) if (matchesPhraseSet(text, set)) return set.kind;
  return null;
}

/** Link titles under a trailing "Related posts" heading are short and rarely end like a sentence of prose. */
function looksLikeLinkTitle(paragraph: string): boolean {
  return paragraph.length <= 160;
}

const GLUED_FORM_START = /(?<=[.!?”"’)\]])\s+(?=Leave a (?:Reply|Comment)\b|Deja (?:un comentario|una respuesta)\b)/u;

export function stripBoilerplate(input: readonly string[]): StrippedText {
  const kinds = input.map(classifyParagraph);
  const keep = input.map((_, index) => kinds[index] === null);
  const removed: RemovedBlock[] = [];

  // A trailing related-posts section: its heading, then nothing but link titles (or more boilerplate) to the end.
  for (let index = input.length - 1; index >= 0; index -= 1) {
    if (kinds[index] !== 'related_posts') continue;
    const tail = input.slice(index + 1);
    if (tail.every((paragraph, offset) => kinds[index + 1 + offset] !== null || looksLikeLinkTitle(paragraph))) {
      for (let cut = index; cut < input.length; cut += 1) {
        if (keep[cut]) kinds[cut] = 'related_posts';
        keep[cut] = false;
      }
    }
    break;
  }

  const paragraphs: string[] = [];
  input.forEach((paragraph, index) => {
    if (keep[index]) paragraphs.push(paragraph);
    else removed.push({ kind: kinds[index]!, text: paragraph, paragraph: index });
  });

  // A comment form glued onto the end of the last paragraph, after its last sentence.
  const lastIndex = paragraphs.length - 1;
  const last = paragraphs[lastIndex];
  if (last !== undefined) {
    const glued = GLUED_FORM_START.exec(last);
    if (glued && classifyParagraph(last.slice(glued.index)) === 'comment_form') {
      paragraphs[lastIndex] = last.slice(0, glued.index);
      removed.push({ kind: 'comment_form', text: last.slice(glued.index).trim(), paragraph: input.lastIndexOf(last) });
    }
  }
  removed.sort((a, b) => a.paragraph - b.paragraph);
  return { paragraphs, removed };
}
