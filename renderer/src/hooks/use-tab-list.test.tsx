// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState, type JSX } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { Tabs, type TabItem } from '../components/layout/Tabs';
import { SubTabs } from '../manage/common/SubTabs';

afterEach(cleanup);

type Id = 'a' | 'b' | 'c';
const TABS: readonly TabItem<Id>[] = [
  { id: 'a', label: 'First' },
  { id: 'b', label: 'Second' },
  { id: 'c', label: 'Third' },
];

/** Both tab lists, each selecting as its keys say, so that both answer the keys alike. */
function Lists(props: { sub: boolean }): JSX.Element {
  const [selected, setSelected] = useState<Id>('a');
  const list = { label: 'Pages', selected, onSelect: setSelected, idPrefix: 'p' };
  return props.sub ? <SubTabs<Id> {...list} tabs={TABS} /> : <Tabs<Id> {...list} items={TABS} />;
}

describe.each([false, true])('the keys of a tab list (SubTabs: %s)', (sub) => {
  it.each([
    ['ArrowRight', 'Second'],
    ['ArrowLeft', 'Third'],
    ['End', 'Third'],
    ['Home', 'First'],
  ])('%s selects and focuses the %s tab', (key, label) => {
    render(<Lists sub={sub} />);
    if (key === 'Home') fireEvent.keyDown(screen.getByRole('tablist'), { key: 'End' });
    fireEvent.keyDown(screen.getByRole('tablist'), { key });
    const tab = screen.getByRole('tab', { name: label });
    expect(tab.getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(tab);
  });

  it('leaves other keys to the page', () => {
    render(<Lists sub={sub} />);
    expect(fireEvent.keyDown(screen.getByRole('tablist'), { key: 'ArrowDown' })).toBe(true);
    expect(screen.getByRole('tab', { name: 'First' }).getAttribute('aria-selected')).toBe('true');
  });
});
