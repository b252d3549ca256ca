import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { defaultOverscan, maxContentHeight, scrollTopToShow, visibleWindow } from './visible-window.js';

// The list's default geometry: 24rem viewport (384 px) and rows of 2.75rem (44 px).
const vh = 384;
const rh = 44;
const at = (scrollTop: number, count: number, viewportHeight = vh) => visibleWindow({ scrollTop, viewportHeight, rowHeight: rh, count });

describe('visibleWindow', () => {
  it('at the top renders the rows in view and the overscan below only', () => {
    // rows 0…8 are in view: row 8 starts at 352 < 384, row 9 starts at 396 > 384.
    // overscan 2: nothing above row 0, rows 9 and 10 below → [0, 11).
    expect(at(0, 1000)).to.deep.equal({ start: 0, end: 11, firstVisible: 0, lastVisible: 8, height: 44_000, offset: 0 });
  });

  it('in the middle renders overscan on both sides, placed at the first rendered row', () => {
    // scrollTop 440 = row 10's top; bottom 824: row 18 starts at 792 < 824, row 19 at 836.
    // rendered 8…20, the first at 8 × 44 = 352.
    expect(at(440, 1000)).to.deep.equal({ start: 8, end: 21, firstVisible: 10, lastVisible: 18, height: 44_000, offset: 352 });
  });

  it('counts a row that only touches the bottom edge as not visible', () => {
    // viewport 44…132 (two rows high): rows 1 and 2; row 3 starts exactly at 132.
    const w = at(44, 1000, 88);
    expect([w.firstVisible, w.lastVisible]).to.deep.equal([1, 2]);
  });

  it('at the bottom ends with the last row, and clamps a scrollTop beyond the end', () => {
    // max scrollTop = 44,000 − 384 = 43,616; 43,616 / 44 = 991.3 → first visible 991, last 999.
    // rendered 989…999, the first at 989 × 44 = 43,516.
    const bottom = { start: 989, end: 1000, firstVisible: 991, lastVisible: 999, height: 44_000, offset: 43_516 };
    expect(at(43_616, 1000)).to.deep.equal(bottom);
    expect(at(1e9, 1000)).to.deep.equal(bottom);
    expect(at(Number.POSITIVE_INFINITY, 1000)).to.deep.equal(at(0, 1000)); // not a number of pixels: the top
  });

  it('treats a negative (rubber-band) scrollTop as the top', () => {
    expect(at(-120, 1000)).to.deep.equal(at(0, 1000));
  });

  it('renders nothing for no rows', () => {
    expect(at(0, 0)).to.deep.equal({ start: 0, end: 0, firstVisible: -1, lastVisible: -1, height: 0, offset: 0 });
    expect(at(500, 0)).to.deep.equal({ start: 0, end: 0, firstVisible: -1, lastVisible: -1, height: 0, offset: 0 });
  });

  it('renders every row when they are fewer than the viewport holds', () => {
    // 5 rows = 220 px < 384 px: no scrolling, rows 0…4 all visible and rendered.
    expect(at(0, 5)).to.deep.equal({ start: 0, end: 5, firstVisible: 0, lastVisible: 4, height: 220, offset: 0 });
    expect(at(100, 5)).to.deep.equal(at(0, 5));
    expect(at(0, 1)).to.deep.equal({ start: 0, end: 1, firstVisible: 0, lastVisible: 0, height: 44, offset: 0 });
  });

  it('assumes one visible row before the viewport is measured', () => {
    // height 0: row 0 only, plus two rows of overscan.
    expect(at(0, 1000, 0)).to.deep.equal({ start: 0, end: 3, firstVisible: 0, lastVisible: 0, height: 44_000, offset: 0 });
  });

  it('renders the same number of rows for 1k and 100k rows', () => {
    expect(at(440, 100_000).end - at(440, 100_000).start).to.equal(at(440, 1000).end - at(440, 1000).start);
    // 100k × 44 = 4,400,000 px: below the cap, laid out at full height; the last row at the bottom.
    const bottom = at(4_400_000, 100_000);
    expect(bottom.height).to.equal(4_400_000);
    expect([bottom.lastVisible, bottom.end, bottom.offset]).to.deep.equal([99_999, 100_000, 99_989 * 44]);
  });

  it('caps the content height beyond maxContentHeight and scales the scroll onto the rows', () => {
    // 1,000,000 rows × 44 px = 44,000,000 px > 15,000,000: the content stays 15,000,000 px high.
    const count = 1_000_000;
    const maxScroll = maxContentHeight - vh; // 14,999,616
    expect(at(0, count)).to.deep.equal({ start: 0, end: 11, firstVisible: 0, lastVisible: 8, height: maxContentHeight, offset: 0 });
    // At the bottom the viewport's top is at 44,000,000 − 384 = 43,999,616 among the rows:
    // 43,999,616 / 44 = 999,991.3 → rows 999,991…999,999 visible, 999,989… rendered. Their first
    // is placed 2 rows + 0.3 row (= 43,999,616 − 999,991 × 44 = 12 px) above the viewport's top:
    // offset = 14,999,616 − 88 − 12 = 14,999,516, so the last row ends at 15,000,000 exactly.
    const bottom = at(maxScroll, count);
    expect(bottom).to.deep.equal({ start: 999_989, end: count, firstVisible: 999_991, lastVisible: 999_999, height: maxContentHeight, offset: 14_999_516 });
    expect(bottom.offset + (bottom.end - bottom.start) * rh).to.equal(maxContentHeight);
    // Halfway down the scroll is halfway down the rows: (44,000,000 − 384) / 2 = 21,999,808 → row 499,995.
    expect(at(maxScroll / 2, count).firstVisible).to.equal(499_995);
  });

  it('honours the overscan and maxHeight options', () => {
    const w = visibleWindow({ scrollTop: 440, viewportHeight: vh, rowHeight: rh, count: 1000 }, { overscan: 0 });
    expect([w.start, w.end]).to.deep.equal([10, 19]);
    // cap 4,400 px for 1000 rows of 44 px (44,000 px): scrolling the whole 4,016 px reaches row 999.
    const capped = visibleWindow({ scrollTop: 4400 - vh, viewportHeight: vh, rowHeight: rh, count: 1000 }, { maxHeight: 4400 });
    expect([capped.height, capped.lastVisible, capped.end]).to.deep.equal([4400, 999, 1000]);
    expect(defaultOverscan).to.equal(2);
  });

  it('property: the rendered rows cover the viewport and stay few', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2_000_000 }),
        fc.integer({ min: 1, max: 120 }),
        fc.integer({ min: 0, max: 2000 }),
        fc.double({ min: -1000, max: 1e8, noNaN: true }),
        (count, rowHeight, viewportHeight, scrollTop) => {
          const w = visibleWindow({ scrollTop, viewportHeight, rowHeight, count });
          if (count === 0) return w.end === 0;
          const maxScroll = Math.max(0, w.height - viewportHeight);
          const top = Math.min(maxScroll, Math.max(0, scrollTop));
          const visibleRows = Math.ceil(Math.max(viewportHeight, 1) / rowHeight) + 1;
          const rowsTop = w.offset + (w.firstVisible - w.start) * rowHeight;
          const rowsBottom = w.offset + (w.lastVisible + 1 - w.start) * rowHeight;
          const slack = 1e-6 * Math.max(1, w.height); // floating point of the scaled case
          return (
            w.start <= w.firstVisible &&
            w.firstVisible <= w.lastVisible &&
            w.lastVisible < w.end &&
            w.end <= count &&
            w.end - w.start <= visibleRows + 2 * defaultOverscan &&
            rowsTop <= top + slack &&
            rowsBottom >= Math.min(top + viewportHeight, w.height) - slack
          );
        },
      ),
    );
  });
});

describe('scrollTopToShow', () => {
  const g = (scrollTop: number, count = 1000, viewportHeight = vh) => ({ scrollTop, viewportHeight, rowHeight: rh, count });

  it('leaves the scroll alone when the row is already in view', () => {
    // row 5 spans 220…264, inside 0…384
    expect(scrollTopToShow(5, g(0))).to.equal(0);
    expect(scrollTopToShow(15, g(440))).to.equal(440);
  });

  it('scrolls down to align a row below with the bottom, up to align a row above with the top', () => {
    // row 20 ends at 21 × 44 = 924: 924 − 384 = 540
    expect(scrollTopToShow(20, g(0))).to.equal(540);
    // row 5 starts at 220, above a viewport at 540
    expect(scrollTopToShow(5, g(540))).to.equal(220);
    // row 8 ends at 396 > 384: a partly hidden row is scrolled into view by 12 px
    expect(scrollTopToShow(8, g(0))).to.equal(12);
  });

  it('clamps the index and handles no rows and an unmeasured viewport', () => {
    // End: 44,000 − 384 = 43,616; beyond the last row is the last row; before the first is row 0.
    expect(scrollTopToShow(999, g(0))).to.equal(43_616);
    expect(scrollTopToShow(5000, g(0))).to.equal(43_616);
    expect(scrollTopToShow(-3, g(900))).to.equal(0);
    expect(scrollTopToShow(3, g(0, 0))).to.equal(0);
    // viewport height 0: the row's top is aligned with the top (44 × 7 = 308)
    expect(scrollTopToShow(7, g(0, 1000, 0))).to.equal(308);
  });

  it('reaches the last of a million rows through the capped content', () => {
    expect(scrollTopToShow(999_999, g(0, 1_000_000))).to.equal(maxContentHeight - vh);
    expect(visibleWindow(g(scrollTopToShow(999_999, g(0, 1_000_000)), 1_000_000)).lastVisible).to.equal(999_999);
  });

  it('property: after scrolling to a row it is visible and rendered', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2_000_000 }),
        fc.integer({ min: 1, max: 120 }),
        // a real viewport: taller than a row plus the pixels one scrolled pixel spans when capped
        fc.integer({ min: 200, max: 2000 }),
        fc.double({ min: 0, max: 1e8, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }),
        (count, rowHeight, viewportHeight, scrollTop, where) => {
          const index = Math.floor(where * count);
          const geometry = { scrollTop, viewportHeight, rowHeight, count };
          const top = scrollTopToShow(index, geometry);
          // browsers snap scrollTop to whole pixels: the rounding must not hide the row
          const w = visibleWindow({ ...geometry, scrollTop: Math.round(top) });
          return w.firstVisible <= index && index <= w.lastVisible && w.start <= index && index < w.end;
        },
      ),
    );
  });
});
