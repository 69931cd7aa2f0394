// Diagnostics are printed in CI logs: a message that quotes the collection is redacted like the model.
import { describe, expect, it } from 'vitest';
import { bearer, item, writeCollection } from '../helpers/collection.js';
import { normalized } from '../helpers/pipeline.js';

const STRIPE = 'sk_live_4eC39HqLyjWDarjtT1zdp7dc';

describe('diagnostics quote no secret', () => {
  it('the PF102 message names the dropped header without its value', () => {
    const file = writeCollection([item('Me', { url: 'https://api.test/me', header: [{ key: 'Authorization', value: `Bearer ${STRIPE}` }], auth: bearer() })]);
    const { diagnostics } = normalized(file);
    const pf102 = diagnostics.all.find((d) => d.code === 'PF102');
    expect(pf102?.message).toMatch(/"Authorization: Bearer redacted-\d+"/);
    for (const d of diagnostics.all) expect(d.message).not.toContain(STRIPE);
  });
});
