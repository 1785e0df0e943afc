import { expect } from '@open-wc/testing';
import { NoticeList } from '../../src/core/notices.js';

describe('NoticeList', () => {
  it('keeps the first of equal notices (same key and parameters, in any order) and the given order', () => {
    const list = new NoticeList();
    list.add('info', 'notice.recordingNeedsWindows', ['REC-5']);
    list.add('warning', 'notice.priceMissing', [], { code: 'PBX-UC12' });
    list.add('info', 'notice.recordingNeedsWindows', ['REC-5'], {});
    list.add('warning', 'notice.priceMissing', [], { code: 'PBX-UC12' });
    list.add('info', 'notice.noPortForGroups', ['PORT-2'], { pbx: 'HQ', groups: 1, queues: 2 });
    list.add('info', 'notice.noPortForGroups', ['PORT-2'], { groups: 1, queues: 2, pbx: 'HQ' });
    expect(list.items.map((n) => n.key)).to.deep.equal(['notice.recordingNeedsWindows', 'notice.priceMissing', 'notice.noPortForGroups']);
  });

  it('keeps notices that differ in any parameter, not just the first, or in the set of parameters', () => {
    const list = new NoticeList();
    list.add('info', 'notice.noPortForGroups', ['PORT-2'], { pbx: 'HQ', groups: 1, queues: 2 });
    list.add('info', 'notice.noPortForGroups', ['PORT-2'], { pbx: 'HQ', groups: 1, queues: 3 });
    list.add('info', 'notice.noPortForGroups', ['PORT-2'], { pbx: 'HQ', groups: 1 });
    list.add('info', 'notice.noPortForGroups', ['PORT-2'], { pbx: 'HQ', groups: 1, queues: 2, extra: 0 });
    list.add('info', 'notice.noPortForGroups', ['PORT-2'], { pbx: 'HQ', groups: '1', queues: 2 });
    expect(list.items.map((n) => n.params)).to.deep.equal([
      { pbx: 'HQ', groups: 1, queues: 2 },
      { pbx: 'HQ', groups: 1, queues: 3 },
      { pbx: 'HQ', groups: 1 },
      { pbx: 'HQ', groups: 1, queues: 2, extra: 0 },
      { pbx: 'HQ', groups: '1', queues: 2 },
    ]);
  });
});
