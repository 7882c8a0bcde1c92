import { rng } from '../../scripts/rng';
import { must } from '../../lib/must';
/** Synthetic pages for the extractor's performance and robustness tests. */

const WORDS =
  'the of and to in a is that for it as was with be by on not he this are or his from at which but have an they you were her she there all one their we him been has when who will more no out so said what up its about into than them can only other new some could time these two may then do first any my now such like our over man me even most made after also did many before must through back years where much your way well down should because each just those people how too little state good very make world still own see men work long get here between both life being under never day same another know while last might us great old year off come since against go came right used take three'.split(
    ' ',
  );

function sentence(r: () => number, n: number): string {
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(must(WORDS[Math.floor(r() * WORDS.length)], 'WORDS[Math.floor(r() * WORDS.length)]'));
  const s = out.join(' ');
  return s.charAt(0).toUpperCase() + s.slice(1) + '.';
}

/**
 * A realistic page of about `bytes` of HTML: a header with a menu, a review with labelled lines,
 * many paragraphs with links and emphasis, sidebars with lists, a comment section, a footer.
 */
export function syntheticReviewPage(bytes: number, seed = 1): string {
  const r = rng(seed);
  const parts: string[] = [];
  parts.push('<!doctype html><html><head><meta charset="utf-8"><title>The Steppe and the Sea | Synthetic Review</title>');
  parts.push(
    '<meta property="og:site_name" content="Synthetic Review"><meta property="article:published_time" content="2022-06-13T09:12:44+00:00"></head><body class="single single-post">',
  );
  parts.push('<header class="site-header"><div class="top-bar">Monday, June 24, 2024</div><nav class="menu"><ul>');
  for (let i = 0; i < 60; i++) parts.push(`<li class="menu-item menu-item-${i}"><a href="/c/${i}">${sentence(r, 2)}</a></li>`);
  parts.push('</ul></nav></header><div class="container"><main class="content"><article class="post">');
  parts.push('<div class="breadcrumbs"><a href="/">Home</a> › <a href="/reviews/">Reviews</a> › <span>The Steppe and the Sea</span></div>');
  parts.push('<h1 class="entry-title">The Steppe and the Sea</h1><div class="entry-content">');
  parts.push(
    '<p><strong>Author:</strong> Anna Korsakova</p><p><strong>Publisher:</strong> Silk Road Press</p><p><strong>Date/Place:</strong> April 1, 2022 / Almaty</p><p><strong>Number of Pages:</strong> 312</p>',
  );
  let size = parts.reduce((n, p) => n + p.length, 0);
  const tail =
    '<p><strong>By: Jane Doe, Research Fellow</strong></p></div></article></main></div><footer class="site-footer"><p>© Synthetic</p></footer></body></html>';
  let k = 0;
  while (size < bytes - tail.length - 4000) {
    let chunk: string;
    const kind = k++ % 10;
    if (kind < 6) {
      chunk = `<p class="para p-${k % 7}">${sentence(r, 20)} <a href="/x/${k}">${sentence(r, 3)}</a> ${sentence(r, 15)} <em>${sentence(r, 4)}</em> ${sentence(r, 25)}</p>\n`;
    } else if (kind < 8) {
      chunk = `<div class="widget block-${k % 13}"><h3 class="widget-title">${sentence(r, 3)}</h3><ul>${Array.from({ length: 8 }, (_, i) => `<li><a href="/y/${k}/${i}">${sentence(r, 4)}</a> <span class="date">June ${1 + (i % 28)}, 2024</span></li>`).join('')}</ul></div>\n`;
    } else if (kind === 8) {
      chunk = `<table class="data"><tr><th>${sentence(r, 2)}</th><td>${sentence(r, 6)}</td></tr><tr><th>${sentence(r, 2)}</th><td>${sentence(r, 6)}</td></tr></table>\n`;
    } else {
      chunk = `<div class="row"><div class="col"><span class="lbl">${sentence(r, 2)}</span> <span>${sentence(r, 10)}</span></div><div class="col"><b>${sentence(r, 1)}</b> ${sentence(r, 12)}<br>${sentence(r, 12)}</div></div>\n`;
    }
    parts.push(chunk);
    size += chunk.length;
  }
  parts.push(tail);
  return parts.join('');
}
