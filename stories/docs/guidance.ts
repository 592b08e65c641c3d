/**
 * What a designer or an editor needs to use each element well: what it is for, when not to use it,
 * do and don't, content guidance and accessibility notes. The rest of each element's docs page (its
 * parts, the tokens it reads, its states, its attributes) is generated from the code.
 */
export interface Guidance {
  /** What it is for, in a sentence or two. */
  purpose: string;
  use: string[];
  avoid: string[];
  /** Pairs: what to do, and the mistake it replaces. */
  dos: [string, string][];
  content: string[];
  accessibility: string[];
}

const HEADING_LEVEL = [
  'Set `heading-level` to fit the article: one below the section it sits in (an `h3` section → `heading-level="4"`).',
  'Leave the default `2` inside an article whose sections are `h2`, and the widget’s heading reads as a subsection of nothing.',
] as [string, string];

const SOURCE_LINE = [
  'Keep the source line: it tells the reader the material comes from SOS Children’s Villages and when its figures were updated.',
  'Hide or cover the source line to make the figures read as the newspaper’s own reporting.',
] as [string, string];

export const GUIDANCE: Record<string, Guidance> = {
  'sos-impact-stats': {
    purpose:
      'The village’s work in figures: the people it supports in total and by programme, each with its label and facility count, attributed and dated.',
    use: [
      'In an article about the village, where figures back up the text.',
      'On the charity’s own village page, with `sponsor` to end on the call to action.',
    ],
    avoid: [
      'To show a single figure in a sentence: write the number into the text.',
      'Twice on one page, or beside `<sos-village-card>` showing the same total.',
    ],
    dos: [
      HEADING_LEVEL,
      SOURCE_LINE,
      [
        'Choose programmes with `programmes` when the article is about one of them.',
        'Rewrite the labels in CSS or cover them: they come from the data, in the reader’s language.',
      ],
      [
        'Use `layout="compact"` in a narrow sidebar.',
        'Force a width on the element: it lays itself out by its own width.',
      ],
    ],
    content: [
      'Labels are short nouns the data provides in every shipped language (“Kindergarten students”); the widget never invents them.',
      'Descriptions are one or two sentences; they hide behind a disclosure in narrow columns.',
      'Figures are formatted for the reader’s language (459; 1 234 567 in French).',
    ],
    accessibility: [
      'The heading level is yours to set, so the page’s outline stays right.',
      'Figures are text, not images; icons are decorative and hidden from assistive technology.',
      'The disclosure for descriptions is a native `<details>`, reachable and operable by keyboard.',
    ],
  },
  'sos-sponsor-button': {
    purpose:
      'The call to action: a real link, styled as a button, to the sponsorship page of the reader’s market, with the market’s note and, with `appeal`, its appeal before it.',
    use: [
      'Once per page, where the article asks readers to help.',
      'With `appeal` where the reader has not yet read why.',
    ],
    avoid: [
      'More than once on a page: one clear call to action converts better than several.',
      'Beside `<sos-village-card>` or `<sos-impact-stats sponsor>`, which already carry one.',
    ],
    dos: [
      [
        'Give it an `href` to the sponsorship page, so it works before the data arrives and if it fails.',
        'Leave readers without JavaScript or with a failing endpoint with no way to sponsor.',
      ],
      [
        'Let `market="auto"` pick the reader’s country, or set the market of your readership.',
        'Show the Canadian tax-receipt note to readers who are not in Canada.',
      ],
      [
        'Use `block` on phones: the button spans the column.',
        'Restyle the label: it is the market’s own call to action, in the reader’s language.',
      ],
    ],
    content: [
      'The label, the note and the appeal come from the market in the data, in the reader’s language.',
      'The appeal is the charity’s voice, in the first person: it is shown boxed and attributed, never as the article’s own text.',
    ],
    accessibility: [
      'It is a link (`<a>`), not a `<button>`: it goes somewhere. With `target="_blank"` it opens a new tab and says so to screen readers.',
      'Its text contrast is at least 4.5:1 on light and dark pages; keep that when you set `--sos-color-button`.',
      'The focus ring is 3 px in `--sos-color-focus`, outside the button.',
    ],
  },
  'sos-village-card': {
    purpose:
      'A village at a glance: picture, flag, name, place, summary, the people it supports, the call to action of the reader’s market and a link to its page.',
    use: [
      'To introduce a village in a feature, a listing or a sidebar.',
      'Where the reader should be able to sponsor from the introduction.',
    ],
    avoid: [
      'Inside a sentence or a narrow inline space: it is a block.',
      'Several cards for the same village on one page.',
    ],
    dos: [
      HEADING_LEVEL,
      [
        'Leave `appeal` off when the page already has a sponsor button.',
        'Show two calls to action for the same market on one screen.',
      ],
      SOURCE_LINE,
    ],
    content: [
      'The name and summary come from the data; the summary is two or three sentences.',
      'The picture is cropped around the focus point the data marks; its credit stays under it.',
    ],
    accessibility: [
      'The village name is a real heading at the level you set.',
      'The picture has the data’s alternative text; the flag is decorative.',
      '“Learn more” carries the village’s name for screen readers (“Learn more about SOS Children’s Village Almaty”).',
    ],
  },
  'sos-village-facts': {
    purpose:
      'The village’s city in short facts: population, standing, economy, children at risk, each with its numbered source.',
    use: ['Beside a story about the village, as background.', 'In a sidebar or a fact box of a long article.'],
    avoid: [
      'As the only content about a village: the facts are about the city, not the charity’s work.',
      'Without its sources: they are what makes the facts citable.',
    ],
    dos: [
      HEADING_LEVEL,
      ['Keep the sources under the facts.', 'Use `hide-sources` on a page that quotes the facts as its own.'],
    ],
    content: [
      'Each fact is one line or a short sentence; notes qualify a fact, they do not add one.',
      'Numbers are formatted for the reader’s language, with “about” where the source approximates.',
    ],
    accessibility: [
      'Facts are a description list: each label is announced with its value.',
      'The numbers after a fact name its sources in the list below; they never wrap away from their word.',
    ],
  },
  'sos-village-media': {
    purpose:
      'The village’s pictures: one as a captioned figure, several as a gallery that shows one at a time, with Previous and Next.',
    use: ['To show the village where the article has no picture of its own.', 'With `limit="1"` as a lead picture.'],
    avoid: [
      'As decoration between paragraphs: each picture carries a caption and a credit.',
      'When the village has no pictures: it takes no space, so plan the layout without it.',
    ],
    dos: [
      ['Keep captions and credits under the picture.', 'Lay text over the picture or crop its credit away.'],
      [
        'Set `aspect` to the shape of your column’s pictures.',
        'Force a shape that crops away the subject: the focus point is kept, but extremes are refused.',
      ],
    ],
    content: [
      'Captions say what the picture shows and that an illustration is one.',
      'Alternative text describes the picture for someone who cannot see it; it comes from the data in each language.',
    ],
    accessibility: [
      'The gallery never turns by itself; Previous and Next are buttons, and the arrow keys work.',
      'Each change of picture is announced politely with its position (“2 of 2”).',
      'The gallery is a labelled region; one per village on a page.',
    ],
  },
  'sos-village-news': {
    purpose: 'The village’s latest news: titles linked to the charity’s articles, with their dates and summaries.',
    use: ['At the end of an article, as further reading.', 'On the charity’s own pages.'],
    avoid: [
      'Where the village has no news: the element renders nothing (give it a fallback link if the space must hold something).',
      'As the article’s own related links: these lead off the partner’s site.',
    ],
    dos: [
      [
        'Put a fallback link inside it for villages without news.',
        'Leave a heading above an element that may render nothing.',
      ],
      ['Use `limit` to fit your column: three by default.', 'Show every item in a sidebar.'],
    ],
    content: [
      'Titles are the charity’s, linked to its article; summaries are one sentence.',
      'Dates are formatted for the reader’s language; an item without a date shows none.',
    ],
    accessibility: [
      'A list of links, each named by its title.',
      'Dates are `<time>` elements with machine-readable values, in the reader’s language.',
    ],
  },
  'sos-village-story': {
    purpose:
      'The village’s story in the charity’s own words: sections with headings and paragraphs, per source, collapsing behind “Read more”.',
    use: ['On the charity’s village page.', 'In a partner’s feature, collapsed, as quoted material.'],
    avoid: [
      'As the article’s own text: it is the charity’s voice, in the first person, and is shown attributed.',
      'Both tellings at full length on a phone: pick one with `source`.',
    ],
    dos: [
      [
        'Leave it collapsed (the default) so the story fits one phone screen, with the rest one tap away; `expanded` is for the charity’s own pages.',
        'Cut paragraphs out of the data to make it shorter.',
      ],
      [
        'Pick one telling with `source`, or the sections you need with `sections`.',
        'Show the same section twice from two tellings.',
      ],
      HEADING_LEVEL,
    ],
    content: [
      'Sections are a heading and a few paragraphs; an editor’s note sits under the heading it corrects.',
      'Prose takes the article’s face, size and leading, so it reads at home in the page.',
    ],
    accessibility: [
      '“Read more” is a button that controls the rest of the story; the rest is in the page for search engines and hidden from everyone, screen readers included, until opened.',
      'Each section heading is at the level you set, one below the story’s.',
    ],
  },
  'sos-village': {
    purpose:
      'Loads one village profile and gives it to every widget inside it, so a page with five widgets makes one request. It draws nothing itself.',
    use: [
      'Around all the widgets of one village on a page.',
      'Where widgets sit between the article’s paragraphs: they can be anywhere inside it.',
    ],
    avoid: [
      'Around one widget alone: give that widget `src` instead.',
      'Nested inside another `<sos-village>` for a different village: each widget takes the nearest one.',
    ],
    dos: [
      [
        'Wrap the article body once, and drop widgets in where they fit.',
        'Give each widget its own `src` for the same village: that is one request per widget.',
      ],
      [
        'Keep the partner’s fallback links inside each widget.',
        'Put the fallback on `<sos-village>`: it has no fallback of its own.',
      ],
    ],
    content: ['`src` is the address of one village profile; the README tells how to publish one.'],
    accessibility: [
      'It adds no element to the accessibility tree and no layout: its children lay out as if it were not there.',
    ],
  },
};
