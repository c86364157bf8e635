/** Reads an Adaptive Card the way a person would: its texts, inputs and buttons. */

interface Element {
  type?: string;
  text?: string;
  id?: string;
  label?: string;
  value?: unknown;
  color?: string;
  title?: string;
  verb?: string;
  data?: Record<string, unknown>;
  facts?: { title: string; value: string }[];
  items?: Element[];
  actions?: Element[];
  inlines?: { text?: string }[];
  choices?: { title: string; value: string }[];
}

export interface ReadCard {
  texts: string[];
  /** TextBlocks in the Attention colour: problems and warnings. */
  problems: string[];
  inputs: Map<string, { label?: string; value?: unknown; choices?: { title: string; value: string }[] }>;
  buttons: { title: string; verb?: string; data?: Record<string, unknown> }[];
  facts: { title: string; value: string }[];
  raw: Record<string, unknown>;
}

export function readCard(card: unknown): ReadCard {
  const raw = card as { body?: Element[]; actions?: Element[] } & Record<string, unknown>;
  const result: ReadCard = { texts: [], problems: [], inputs: new Map(), buttons: [], facts: [], raw };
  const visit = (elements: Element[] | undefined): void => {
    for (const el of elements ?? []) {
      if (el.type === 'TextBlock' && el.text !== undefined) {
        result.texts.push(el.text);
        if (el.color === 'Attention') result.problems.push(el.text);
      }
      // User text is a RichTextBlock of TextRuns (Teams shows it as typed, no Markdown): one line of text.
      if (el.type === 'RichTextBlock' && el.inlines) result.texts.push(el.inlines.map((run) => run.text ?? '').join(''));
      if (el.type?.startsWith('Input.') && el.id) {
        result.inputs.set(el.id, { label: el.label, value: el.value, choices: el.choices });
      }
      if (el.type === 'Action.Execute') result.buttons.push({ title: el.title ?? '', verb: el.verb, data: el.data });
      if (el.facts) result.facts.push(...el.facts);
      visit(el.items);
      visit(el.actions);
    }
  };
  visit(raw.body);
  visit(raw.actions);
  return result;
}

/** The card in an activity the bot sent (first attachment). */
export function cardInActivity(activity: unknown): ReadCard {
  const attachments = (activity as { attachments?: { contentType: string; content: unknown }[] }).attachments ?? [];
  const card = attachments.find((a) => a.contentType === 'application/vnd.microsoft.card.adaptive');
  if (!card) throw new Error(`no Adaptive Card in ${JSON.stringify(activity).slice(0, 300)}`);
  return readCard(card.content);
}
