/**
 * Markup rules for article, guide and lesson bodies, applied while Astro turns MDX into HTML (a satteri
 * hast plugin): links to other sites get the same rel as every other external link on the site, and
 * images get a srcset, so a 12 MB photo reaches a phone resized (Astro's sharp pipeline also strips its
 * metadata, GPS included).
 */
import { defineHastPlugin } from 'satteri';

/** Same widths and sizes as article covers (src/pages/tin-tuc/[slug].astro). */
const BODY_IMAGE = { width: '1200', widths: '480 800 1200', sizes: '(min-width: 50rem) 800px, 100vw' };

export const bodyMarkup = defineHastPlugin({
  name: 'body-markup',
  element: {
    filter: ['a', 'img'],
    visit(node, ctx) {
      const props = node.properties ?? {};
      if (node.tagName === 'a' && typeof props.href === 'string' && /^https?:\/\//i.test(props.href)) {
        ctx.setProperty(node, 'rel', 'noopener noreferrer external');
      }
      if (node.tagName === 'img' && typeof props.src === 'string' && !/^[a-z]+:|^\//i.test(props.src)) {
        ctx.setProperty(node, 'width', BODY_IMAGE.width);
        ctx.setProperty(node, 'widths', BODY_IMAGE.widths);
        ctx.setProperty(node, 'sizes', BODY_IMAGE.sizes);
      }
    },
  },
});
