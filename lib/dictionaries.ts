import type { Article } from 'contentlayer/generated';
import type { Platform } from './elements/social-post';
import type { Edition } from './site';

// Every fixed interface string, one typed dictionary per edition. A missing key
// in any language is a type error; components take their words from here.

type Format = Article['format'];

export type Dictionary = {
  languageName: Record<Edition, string>;
  /** The link from an article to its translation, by the translation's language ("Read in Arabic"). */
  readIn: Record<Edition, string>;
  /** Short label for the edition switch in the header, by the other edition's language. */
  editionLink: Record<Edition, string>;
  skipToContent: string;
  tagline: string;
  search: string;
  sections: string;
  darkMode: string;
  explore: string;
  archive: string;
  topics: string;
  writers: string;
  rssFeed: string;
  atom: string;
  aboutUs: string;
  poweredBy: string;
  nothingPublished: string;
  latest: string;
  allByMonth: string;
  topStories: string;
  moreFrom: (section: string) => string;
  noArticles: string;
  noArticlesInSection: string;
  pageNumber: (page: string) => string;
  titleWithPage: (title: string, page: string) => string;
  pagesOf: (label: string) => string;
  newer: string;
  older: string;
  pageOf: (page: string, total: string) => string;
  by: string;
  and: string;
  published: string;
  updated: string;
  minRead: (minutes: number, shown: string) => string;
  textSize: string;
  /** The letter on the text-size buttons. */
  textSizeGlyph: string;
  /** Between names in a list (the last pair takes `and`). */
  listSeparator: string;
  smallerText: string;
  largerText: string;
  /** Text-size island announcement; {n} and {total} are replaced. */
  textSizeStatus: string;
  photograph: string;
  /** Words of the chart, map, video and audio elements (components/elements/). */
  media: {
    source: string;
    downloadData: string;
    chartData: (title: string) => string;
    unit: (unit: string) => string;
    mapPlaces: string;
    video: string;
    watchOnYouTube: string;
    downloadVideo: string;
    audio: string;
    downloadAudio: string;
    transcript: string;
  };
  inThisArticle: string;
  relatedArticles: string;
  corrections: (count: number) => string;
  readOnline: string;
  formats: Record<Format, string>;
  draftNote: string;
  scheduledNote: string;
  devOnly: string;
  topicsIntro: (count: string) => string;
  topicsDescription: string;
  articleCount: (count: number, shown: string) => string;
  tagDescription: (tag: string) => string;
  /** A topic page's <title>; it must not read like the section of the same name. */
  tagTitle: (tag: string) => string;
  articlesHeading: string;
  articlesBy: (name: string) => string;
  noPublishedArticles: string;
  writersDescription: string;
  archiveDescription: string;
  archiveIntro: string;
  months: string;
  searchDescription: string;
  searchLabel: string;
  searchPlaceholder: string;
  section: string;
  format: string;
  searchNoscript: string;
  frontPage: string;
  /** Strings of the search island; {q} and {n} are replaced there. */
  searchIsland: {
    unavailable: string;
    prompt: string;
    resultOne: string;
    resultMany: string;
    none: string;
    noneFiltered: string;
    more: string;
    loadFailed: string;
  };
  notFoundTitle: string;
  notFoundText: string;
  browseSection: string;
  goHome: string;
  browseArchive: string;
  /** Words printed by the editorial elements (components/elements/). */
  elements: {
    keyPoints: string;
    explainer: string;
    profile: string;
    notes: string;
    /** The back-link from a note to its place in the text; {n} is the note's number. */
    backToText: string;
    source: string;
    gallery: string;
    readAlso: string;
    /** The link to a quoted post on its platform; {platform} is replaced. */
    viewPost: string;
    platforms: Record<Platform, string>;
  };
  /** Magazine issues, sharing and the newsletter (issue 16). */
  magazine: {
    name: string;
    latestIssue: string;
    archive: string;
    description: string;
    /** "No. 9". */
    number: (shown: string) => string;
    /** "From the {month} issue": {month} is replaced by the issue's month. */
    fromIssue: string;
    contents: string;
    coverStory: string;
    editorsLetter: string;
    earlierIssues: string;
    issueFeed: string;
    /** The search page's filter for issue pages, and the kicker of an issue in the results. */
    searchFilter: string;
  };
  share: {
    heading: string;
    /** The compact link under the headline, to the list at the foot (the island turns it into the share sheet; its own words are in lib/share-words.ts). */
    short: string;
    networks: Record<'email' | 'whatsapp' | 'telegram' | 'x' | 'facebook' | 'linkedin', string>;
  };
  newsletter: {
    name: string;
    pitch: string;
    emailLabel: string;
    submit: string;
    /** E-mail strings. */
    subject: (date: string) => string;
    intro: string;
    thisWeek: string;
    recent: string;
    nothingThisWeek: string;
    readArticle: string;
    readIssue: string;
    viewOnline: string;
    why: string;
  };
};

const en: Dictionary = {
  languageName: { en: 'English', ar: 'Arabic' },
  readIn: { en: 'Read in English', ar: 'Read in Arabic' },
  editionLink: { en: 'English', ar: 'العربية' },
  skipToContent: 'Skip to content',
  tagline: 'analysis of the Arab world',
  search: 'Search',
  sections: 'Sections',
  darkMode: 'Dark mode',
  explore: 'Explore',
  archive: 'Archive',
  topics: 'Topics',
  writers: 'Writers',
  rssFeed: 'RSS feed',
  atom: 'Atom',
  aboutUs: 'About us',
  poweredBy: 'Published with Standfirst, an open-source system for analysis magazines.',
  nothingPublished: 'Nothing has been published yet.',
  latest: 'Latest',
  allByMonth: 'All articles, by month',
  topStories: 'Top stories',
  moreFrom: (s) => `More from ${s}`,
  noArticles: 'No articles yet.',
  noArticlesInSection: 'No articles in this section yet.',
  pageNumber: (p) => `page ${p}`,
  titleWithPage: (t, p) => `${t}, page ${p}`,
  pagesOf: (l) => `${l}, pages`,
  newer: 'Newer',
  older: 'Older',
  pageOf: (p, t) => `Page ${p} of ${t}`,
  by: 'By',
  and: 'and',
  published: 'Published',
  updated: 'Updated',
  minRead: (_m, shown) => `${shown} min read`,
  textSize: 'Text size',
  textSizeGlyph: 'A',
  listSeparator: ', ',
  smallerText: 'Smaller text',
  largerText: 'Larger text',
  textSizeStatus: 'Text size {n} of {total}',
  photograph: 'Photograph:',
  media: {
    source: 'Source:',
    downloadData: 'Download the data (CSV)',
    chartData: (t) => `The data of the chart “${t}”`,
    unit: (u) => `In ${u}`,
    mapPlaces: 'Places on the map',
    video: 'Video:',
    watchOnYouTube: 'Watch on YouTube',
    downloadVideo: 'Download the video',
    audio: 'Audio:',
    downloadAudio: 'Download the audio',
    transcript: 'Transcript',
  },
  inThisArticle: 'In this article',
  relatedArticles: 'Related articles',
  corrections: (n) => (n === 1 ? 'Correction' : 'Corrections'),
  readOnline: 'Read online:',
  formats: { analysis: 'Analysis', explainer: 'Explainer', opinion: 'Opinion', interview: 'Interview' },
  draftNote: 'Draft — not published.',
  scheduledNote: 'Scheduled — goes live at the first build after',
  devOnly: 'Only visible in development.',
  topicsIntro: (n) => `${n} topics covered in our analysis.`,
  topicsDescription: 'Every topic covered, with the number of articles on each.',
  articleCount: (n, shown) => `${shown} ${n === 1 ? 'article' : 'articles'}`,
  tagDescription: (t) => `Analysis and explainers about ${t}.`,
  tagTitle: (t) => `Topic: ${t}`,
  articlesHeading: 'Articles',
  articlesBy: (name) => `Articles by ${name}`,
  noPublishedArticles: 'No published articles yet.',
  writersDescription: 'The correspondents and editors who write our analysis.',
  archiveDescription: 'Every article, month by month, newest first.',
  archiveIntro: 'Every article we have published, month by month.',
  months: 'Months',
  searchDescription: 'Search the articles by word, section and format.',
  searchLabel: 'Search the articles',
  searchPlaceholder: 'Words from a headline or an article',
  section: 'Section',
  format: 'Format',
  searchNoscript: 'Search needs JavaScript, which is turned off in this browser. Every article is still listed on its section page, linked from the',
  frontPage: 'front page',
  searchIsland: {
    unavailable: 'Search is not available at the moment. Please try again later.',
    prompt: 'Type a word or two to search every article.',
    resultOne: '{n} result for “{q}”',
    resultMany: '{n} results for “{q}”',
    none: 'No articles match “{q}”. Try other words.',
    noneFiltered: 'No articles match “{q}” with these filters. Try other words or fewer filters.',
    more: 'More results',
    loadFailed: 'Some results could not be loaded. Please try again.',
  },
  notFoundTitle: 'Page not found',
  notFoundText: 'There is no page at this address. It may have moved, or the link may be mistyped.',
  browseSection: 'Or browse a section',
  goHome: 'Go to the front page',
  browseArchive: 'Browse the archive',
  elements: {
    keyPoints: 'Key points',
    explainer: 'Explainer',
    profile: 'Profile',
    notes: 'Notes',
    backToText: 'Back to note {n} in the text',
    source: 'Source:',
    gallery: 'Photographs',
    readAlso: 'Read also',
    viewPost: 'View the original on {platform}',
    platforms: { x: 'X', bluesky: 'Bluesky', mastodon: 'Mastodon', threads: 'Threads', facebook: 'Facebook', instagram: 'Instagram', linkedin: 'LinkedIn', telegram: 'Telegram' },
  },
  magazine: {
    name: 'Magazine',
    latestIssue: 'Latest issue',
    archive: 'Magazine archive',
    description: 'Every monthly issue of the magazine: its cover, its theme and its contents.',
    number: (n) => `No. ${n}`,
    fromIssue: 'From the {month} issue',
    contents: 'In this issue',
    coverStory: 'Cover story',
    editorsLetter: 'Editor’s letter',
    earlierIssues: 'Earlier issues',
    issueFeed: 'Magazine issues (RSS)',
    searchFilter: 'Magazine issue',
  },
  share: {
    heading: 'Share this article',
    short: 'Share',
    networks: { email: 'E-mail', whatsapp: 'WhatsApp', telegram: 'Telegram', x: 'X', facebook: 'Facebook', linkedin: 'LinkedIn' },
  },
  newsletter: {
    name: 'The weekly newsletter',
    pitch: 'The week’s analysis and the latest issue, every Friday in your inbox.',
    emailLabel: 'Your e-mail address',
    submit: 'Sign up',
    subject: (date) => `The week at Standfirst, ${date}`,
    intro: 'The analysis we published this week, and the latest issue of the magazine.',
    thisWeek: 'This week',
    recent: 'Recently published',
    nothingThisWeek: 'A quiet week: we published nothing new, so here is our most recent analysis.',
    readArticle: 'Read the article',
    readIssue: 'Read the issue',
    viewOnline: 'View this e-mail in your browser',
    why: 'You receive this because you signed up for the Standfirst newsletter.',
  },
};

const ar: Dictionary = {
  languageName: { en: 'الإنجليزية', ar: 'العربية' },
  readIn: { en: 'اقرأ بالإنجليزية', ar: 'اقرأ بالعربية' },
  editionLink: { en: 'English', ar: 'العربية' },
  skipToContent: 'انتقل إلى المحتوى',
  tagline: 'تحليلات عن العالم العربي',
  search: 'بحث',
  sections: 'الأقسام',
  darkMode: 'الوضع الداكن',
  explore: 'تصفّح',
  archive: 'الأرشيف',
  topics: 'الموضوعات',
  writers: 'الكتّاب',
  rssFeed: 'موجز RSS',
  atom: 'Atom',
  aboutUs: 'من نحن',
  poweredBy: 'يُنشر بنظام ستاندفرست، وهو نظام مفتوح المصدر لمجلات التحليل.',
  nothingPublished: 'لم يُنشر شيء بعد.',
  latest: 'الأحدث',
  allByMonth: 'كل المقالات حسب الشهر',
  topStories: 'أبرز المقالات',
  moreFrom: (s) => `المزيد من ${s}`,
  noArticles: 'لا مقالات بعد.',
  noArticlesInSection: 'لا مقالات في هذا القسم بعد.',
  pageNumber: (p) => `الصفحة ${p}`,
  titleWithPage: (t, p) => `${t}، الصفحة ${p}`,
  pagesOf: (l) => `${l}، الصفحات`,
  newer: 'الأحدث',
  older: 'الأقدم',
  pageOf: (p, t) => `الصفحة ${p} من ${t}`,
  by: 'بقلم',
  and: 'و',
  published: 'نُشر في',
  updated: 'حُدّث في',
  // Arabic counts agree with the number: one, two (dual), three to ten (plural), eleven and up (singular).
  minRead: (m, shown) => (m === 1 ? 'دقيقة قراءة واحدة' : m === 2 ? 'دقيقتا قراءة' : m <= 10 ? `${shown} دقائق قراءة` : `${shown} دقيقة قراءة`),
  textSize: 'حجم النص',
  textSizeGlyph: 'ع',
  listSeparator: '، ',
  smallerText: 'تصغير النص',
  largerText: 'تكبير النص',
  textSizeStatus: 'حجم النص {n} من {total}',
  photograph: 'الصورة:',
  media: {
    source: 'المصدر:',
    downloadData: 'تنزيل البيانات (CSV)',
    chartData: (t) => `بيانات الرسم البياني «${t}»`,
    unit: (u) => `الوحدة: ${u}`,
    mapPlaces: 'الأماكن على الخريطة',
    video: 'فيديو:',
    watchOnYouTube: 'شاهد على يوتيوب',
    downloadVideo: 'تنزيل الفيديو',
    audio: 'تسجيل صوتي:',
    downloadAudio: 'تنزيل التسجيل',
    transcript: 'النص المكتوب',
  },
  inThisArticle: 'في هذا المقال',
  relatedArticles: 'مقالات ذات صلة',
  corrections: (n) => (n === 1 ? 'تصحيح' : 'تصحيحات'),
  readOnline: 'اقرأ على الإنترنت:',
  formats: { analysis: 'تحليل', explainer: 'شرح', opinion: 'رأي', interview: 'مقابلة' },
  draftNote: 'مسودة، غير منشورة.',
  scheduledNote: 'مجدول، يُنشر مع أول بناء بعد',
  devOnly: 'لا يظهر إلا في بيئة التطوير.',
  topicsIntro: (n) => `${n} موضوعًا في تحليلاتنا.`,
  topicsDescription: 'كل الموضوعات التي نتناولها، وعدد المقالات في كل منها.',
  articleCount: (n, shown) => (n === 1 ? 'مقال واحد' : n === 2 ? 'مقالان' : `${shown} مقالات`),
  tagDescription: (t) => `تحليلات وشروح عن ${t}.`,
  tagTitle: (t) => `موضوع: ${t}`,
  articlesHeading: 'المقالات',
  articlesBy: (name) => `مقالات ${name}`,
  noPublishedArticles: 'لا مقالات منشورة بعد.',
  writersDescription: 'المراسلون والمحررون الذين يكتبون تحليلاتنا.',
  archiveDescription: 'كل المقالات شهرًا بشهر، الأحدث أولًا.',
  archiveIntro: 'كل ما نشرناه، شهرًا بشهر.',
  months: 'الأشهر',
  searchDescription: 'ابحث في المقالات بالكلمة والقسم والنوع.',
  searchLabel: 'ابحث في المقالات',
  searchPlaceholder: 'كلمات من عنوان أو مقال',
  section: 'القسم',
  format: 'النوع',
  searchNoscript: 'يحتاج البحث إلى جافاسكريبت، وهي معطّلة في هذا المتصفح. كل مقال مدرج في صفحة قسمه، وتجد الأقسام في',
  frontPage: 'الصفحة الأولى',
  searchIsland: {
    unavailable: 'البحث غير متاح الآن. حاول مرة أخرى لاحقًا.',
    prompt: 'اكتب كلمة أو كلمتين للبحث في كل المقالات.',
    resultOne: 'نتيجة واحدة لـ«{q}»',
    resultMany: '{n} نتائج لـ«{q}»',
    none: 'لا مقالات تطابق «{q}». جرّب كلمات أخرى.',
    noneFiltered: 'لا مقالات تطابق «{q}» مع هذه المرشحات. جرّب كلمات أخرى أو مرشحات أقل.',
    more: 'نتائج أخرى',
    loadFailed: 'تعذّر تحميل بعض النتائج. حاول مرة أخرى.',
  },
  notFoundTitle: 'الصفحة غير موجودة',
  notFoundText: 'لا صفحة على هذا العنوان. ربما نُقلت، أو في الرابط خطأ.',
  browseSection: 'أو تصفّح قسمًا',
  goHome: 'الصفحة الأولى',
  browseArchive: 'تصفّح الأرشيف',
  elements: {
    keyPoints: 'أبرز النقاط',
    explainer: 'للتوضيح',
    profile: 'بطاقة تعريف',
    notes: 'الهوامش',
    backToText: 'العودة إلى الهامش {n} في النص',
    source: 'المصدر:',
    gallery: 'صور',
    readAlso: 'اقرأ أيضاً',
    viewPost: 'المنشور الأصلي على {platform}',
    platforms: { x: 'إكس', bluesky: 'بلوسكاي', mastodon: 'ماستودون', threads: 'ثريدز', facebook: 'فيسبوك', instagram: 'إنستغرام', linkedin: 'لينكدإن', telegram: 'تيليغرام' },
  },
  magazine: {
    name: 'المجلة',
    latestIssue: 'العدد الأخير',
    archive: 'أرشيف المجلة',
    description: 'أعداد المجلة الشهرية كلها: غلاف كل عدد وموضوعه وفهرسه.',
    number: (n) => `العدد ${n}`,
    fromIssue: 'من عدد {month}',
    contents: 'في هذا العدد',
    coverStory: 'موضوع الغلاف',
    editorsLetter: 'كلمة التحرير',
    earlierIssues: 'أعداد سابقة',
    issueFeed: 'أعداد المجلة (RSS)',
    searchFilter: 'عدد المجلة',
  },
  share: {
    heading: 'شارك هذا المقال',
    short: 'مشاركة',
    networks: { email: 'البريد الإلكتروني', whatsapp: 'واتساب', telegram: 'تيليغرام', x: 'إكس', facebook: 'فيسبوك', linkedin: 'لينكدإن' },
  },
  newsletter: {
    name: 'النشرة الأسبوعية',
    pitch: 'تحليلات الأسبوع وآخر أعداد المجلة، كل جمعة في بريدك.',
    emailLabel: 'بريدك الإلكتروني',
    submit: 'اشترك',
    subject: (date) => `أسبوع ستاندفرست، ${date}`,
    intro: 'ما نشرناه من تحليلات هذا الأسبوع، وآخر أعداد المجلة.',
    thisWeek: 'هذا الأسبوع',
    recent: 'نُشر مؤخرًا',
    nothingThisWeek: 'أسبوع هادئ لم ننشر فيه جديدًا، فإليك أحدث ما نشرناه.',
    readArticle: 'اقرأ المقال',
    readIssue: 'تصفّح العدد',
    viewOnline: 'اعرض هذه الرسالة في المتصفح',
    why: 'تصلك هذه الرسالة لأنك اشتركت في نشرة ستاندفرست.',
  },
};

export const dictionaries: Record<Edition, Dictionary> = { en, ar };

export function dictionary(edition: Edition): Dictionary {
  return dictionaries[edition];
}
