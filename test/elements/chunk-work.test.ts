import { expect } from '@open-wc/testing';
import { ChunkWork } from '../../src/elements/shared/chunk-work.js';
import { lazyModule } from '../../src/elements/shared/lazy-module.js';
import { toggled } from '../../src/elements/license-calculator/scenario-form.js';

/** A chunk whose import fails as often as asked, then gives `{ name }`. */
function chunk(failures = 0) {
  let calls = 0;
  const module = lazyModule(async () => {
    calls += 1;
    if (calls <= failures) throw new TypeError('Failed to fetch dynamically imported module');
    return { name: 'later' };
  });
  return { module, calls: () => calls };
}

describe('ChunkWork: work that waits for a chunk loaded on first use', () => {
  it('runs the work once the chunk is here, and settled() waits for it', async () => {
    const { module } = chunk();
    const work = new ChunkWork(module);
    const seen: string[] = [];
    work.run((m) => seen.push(m.name));
    expect(seen, 'not before the chunk came').to.deep.equal([]);
    expect(await work.settled()).to.equal(true);
    expect(seen).to.deep.equal(['later']);
    expect(await work.settled(), 'nothing waits any more').to.equal(false);
    work.run((m) => seen.push(`${m.name} again`));
    expect(seen, 'at once once it is loaded').to.deep.equal(['later', 'later again']);
  });

  it('a chunk that cannot be loaded calls failed, not the work; the next run loads it again', async () => {
    const { module, calls } = chunk(1);
    const work = new ChunkWork(module);
    const seen: string[] = [];
    work.run((m) => seen.push(m.name), () => seen.push('failed'));
    await work.settled();
    expect(seen).to.deep.equal(['failed']);
    work.run((m) => seen.push(m.name), () => seen.push('failed'));
    await work.settled();
    expect([seen, calls()]).to.deep.equal([['failed', 'later'], 2]);
  });

  it('work that throws does not leave settled() waiting forever', async () => {
    const work = new ChunkWork(chunk().module);
    work.run(() => {
      throw new Error('broken work');
    });
    expect(await work.settled()).to.equal(true);
    expect(await work.settled()).to.equal(false);
  });
});

describe('toggled: the form’s open help texts and "More options"', () => {
  it('adds or removes a key in a new set, and returns the same set when nothing changes', () => {
    const open = new Set([1]);
    expect([...toggled(open, 2)]).to.deep.equal([1, 2]);
    expect([...toggled(open, 1)]).to.deep.equal([]);
    expect(toggled(open, 1, true)).to.equal(open);
    expect([...toggled(open, 1, false)]).to.deep.equal([]);
    expect([...open], 'the set itself is never changed').to.deep.equal([1]);
  });
});
