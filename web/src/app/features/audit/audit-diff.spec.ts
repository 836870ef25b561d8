import { diffRecords, formatValue, sameValue, unchangedPart } from './audit-diff';

describe('audit diff', () => {
  const before = {
    id: 5,
    displayName: '王芳',
    unitId: 6,
    active: true,
    version: 1,
    roles: [{ id: 3, role: 'purchasing_clerk', unitId: 6 }],
  };

  it('finds the fields an edit changed and leaves the rest alone', () => {
    const after = { ...before, displayName: '王芳芳', version: 2, roles: [{ unitId: 6, role: 'purchasing_clerk', id: 3 }] };
    const changed = diffRecords(before, after).filter((l) => l.change !== 'same');
    expect(changed.map((l) => l.key)).toEqual(['displayName', 'version']);
    expect(changed[0]).toEqual({ key: 'displayName', before: '王芳', after: '王芳芳', change: 'changed' });
    // Same roles written with the keys in another order is no change.
    expect(unchangedPart(diffRecords(before, after))).toEqual({ id: 5, unitId: 6, active: true, roles: after.roles });
  });

  it('sees a granted role as a changed list and a new key as added', () => {
    const after = { ...before, roles: [...before.roles, { id: 9, role: 'dept_head', unitId: 8 }], grantId: 9 };
    const lines = diffRecords(before, after);
    expect(lines.find((l) => l.key === 'roles')?.change).toBe('changed');
    expect(lines.find((l) => l.key === 'grantId')?.change).toBe('added');
  });

  it('shows a creation as all additions and a removed field as removed', () => {
    expect(diffRecords(null, { code: 'BJ', active: true }).map((l) => l.change)).toEqual(['added', 'added']);
    expect(diffRecords({ code: 'BJ', note: 'x' }, { code: 'BJ' }).find((l) => l.key === 'note')?.change).toBe('removed');
  });

  it('has nothing to show for an entry without data, one line for a bare value', () => {
    expect(diffRecords(null, null)).toEqual([]);
    expect(diffRecords(null, 'x')).toEqual([{ key: '', before: null, after: 'x', change: 'added' }]);
  });

  it('compares JSON values deeply and prints them for reading', () => {
    expect(sameValue({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] })).toBeTrue();
    expect(sameValue([1, 2], [2, 1])).toBeFalse();
    expect(formatValue(null)).toBe('—');
    expect(formatValue('总部')).toBe('总部');
    expect(formatValue({ a: 1 })).toBe('{\n  "a": 1\n}');
  });
});
