// Every journey a reader takes, in the words of the test report. Each is
// one function of (reader, site), run unchanged in every engine; `scheme`
// says which colour scheme the reader's system prefers.

import { failsAndRetries, loads, pages, showsTheSavedCopy } from './journeys/feed.mjs';
import { takesOverTheWrittenScreen } from './journeys/first-screen.mjs';
import { showsAHeadlineBox } from './journeys/headline.mjs';
import { followsDarkMode, survivesAHostilePage } from './journeys/host.mjs';
import { styledWithoutConstructedStylesheets } from './journeys/older-engines.mjs';
import { filtersAndSorts, searches } from './journeys/query.mjs';
import { opensRelated, usesTheKeyboard } from './journeys/reading.mjs';

export const JOURNEYS = [
  { title: 'the feed loads, newest first, with dates from Intl', run: loads },
  { title: 'a search narrows the feed and marks the words', run: searches },
  { title: 'a topic filter, then a sort, each in the URL; Back undoes the sort', run: filtersAndSorts },
  { title: 'a related panel opens, and Escape closes it', run: opensRelated },
  { title: 'j, k and / from the keyboard', run: usesTheKeyboard },
  { title: '"Show more stories", and infinite paging near the viewport', run: pages },
  { title: 'a failing server gets a message, and Retry loads the feed', run: failsAndRetries },
  { title: 'the copy saved on the last visit shows when the server is down', run: showsTheSavedCopy },
  { title: 'two widgets on a sub-path page with a hostile stylesheet', run: survivesAHostilePage },
  { title: 'dark mode follows the reader', scheme: 'dark', run: followsDarkMode },
  { title: 'an engine that cannot adopt stylesheets still shows the styled feed', run: styledWithoutConstructedStylesheets },
  // Features being built now; their journeys come with them.
  { title: 'the first screen written into the page shows before newsdeck, which takes over without moving a card', run: takesOverTheWrittenScreen },
  { title: 'a headline box: five stories in a sidebar, no controls, a link on', run: showsAHeadlineBox },
  { title: 'a German feed', todo: true },
];
