import { expect } from '@open-wc/testing';
import { readQueryParam } from '../../src/elements/shared/query-param.js';
import { withQueryParam } from '../../src/elements/shared/query-param-write.js';

describe('withQueryParam: only the own parameter changes', () => {
  it("leaves every other byte of the host's URL as it was", () => {
    const href = 'https://shop.example/p?a%20b=c+d&flag&x=1;2#top';
    expect(withQueryParam(href, 'pbx-scenario', 'eyJ2')).to.equal('https://shop.example/p?a%20b=c+d&flag&x=1;2&pbx-scenario=eyJ2#top');
    expect(withQueryParam('https://s.example/p?pbx-scenario=old&flag#h', 'pbx-scenario', 'new')).to.equal('https://s.example/p?pbx-scenario=new&flag#h');
    expect(withQueryParam('https://s.example/p', 'q', 'v')).to.equal('https://s.example/p?q=v');
    expect(withQueryParam('https://s.example/p?flag&q=v', 'q', null)).to.equal('https://s.example/p?flag');
  });

  it('reads the parameter decoded', () => {
    expect(readQueryParam('https://s.example/?a=1&pbx-scenario=ab%2Dc#x', 'pbx-scenario')).to.equal('ab-c');
    expect(readQueryParam('https://s.example/#x?a=1', 'a')).to.equal(null);
  });
});
