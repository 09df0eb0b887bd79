/**
 * Viewer live room: badges on the 小黄车 items and on the 讲解中 card; deposit labels measured as
 * rendered. Only the cart and the card are watched — the chat beside them is never observed.
 */
import {
  findCart,
  findExplainingCard,
  readCart,
  readExplainingCard,
  readLiveStream,
} from '@/lib/adapters/live-room';
import type { ItemRead } from '@/lib/adapters/types';
import type { ContentEnv } from '../env';
import { runItemPage, withKnownTags, type ItemPage } from '../item-page';

export function runLiveRoom(env: ContentEnv): ItemPage {
  const explainRoot = () => env.doc.querySelector('.player') ?? env.doc.body;
  // Whether the room is on air is a fact the core is told; the core decides that D-LIVE does not
  // apply off air. The state is read at the first flush, in its own frame, not while the script
  // starts (a tab closed then would catch the read), and once per document (the adapter keeps it).
  let onAir: boolean | null | undefined;
  const withAirState = (item: ItemRead): ItemRead => {
    if (onAir === undefined) onAir = readLiveStream(env.doc, env.url())?.isLiving ?? null;
    return item.product.live && onAir !== null
      ? { ...item, product: { ...item.product, live: { ...item.product.live, onAir } } }
      : item;
  };
  let cart: Element | null = null;
  return runItemPage(env, {
    kind: 'live-room',
    containers: [() => (cart = findCart(env.doc)), () => findExplainingCard(explainRoot(), cart)],
    read: ([cartNow]) => {
      const slots = cartNow
        ? readCart(cartNow).map((item) => ({
            key: `cart:${item.itemId}`,
            item: withAirState(item),
          }))
        : [];
      const explaining = readExplainingCard(explainRoot(), cartNow ?? null);
      if (explaining) {
        const inCart = slots.find((slot) => slot.item.itemId === explaining.itemId)?.item;
        slots.push({
          key: `explain:${explaining.itemId}`,
          item: withAirState(withKnownTags(explaining, inCart)),
        });
      }
      return { slots };
    },
  });
}
