import { expect } from '@open-wc/testing';
import { html, render, type TemplateResult } from 'lit';
import { dateInput, dateReading } from './date-input.js';

function mount(template: TemplateResult): HTMLElement {
  const host = document.createElement('div');
  document.body.append(host);
  render(template, host);
  return host;
}

function type(input: HTMLInputElement, day: string): void {
  input.value = day;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

describe('dateInput', () => {
  it('writes the day out in the page locale and names it as the picker description', () => {
    const host = mount(dateInput({ locale: 'zh-CN', value: '2026-12-07', onChange: () => {} }));
    const input = host.querySelector('input')!;
    const reading = host.querySelector('[part=date-reading]')!;
    expect(reading.textContent).to.equal('2026年12月7日');
    expect(input.getAttribute('aria-describedby')).to.equal(reading.id);
    expect(input.value).to.equal('2026-12-07');
    host.remove();
  });

  it('follows what is picked and reports it, cleared as undefined', () => {
    const picked: (string | undefined)[] = [];
    const host = mount(dateInput({ locale: 'en', value: undefined, onChange: (day) => picked.push(day) }));
    const input = host.querySelector('input')!;
    const reading = host.querySelector('[part=date-reading]')!;
    expect(reading.textContent).to.equal('');
    type(input, '2026-03-31');
    expect(reading.textContent).to.equal('Mar 31, 2026');
    type(input, '');
    expect(picked).to.deep.equal(['2026-03-31', undefined]);
    expect(reading.textContent).to.equal('');
    host.remove();
  });

  it('uncontrolled (no onChange), a render keeps the picked day', () => {
    const view = (value: string) => html`<form>${dateInput({ locale: 'zh-CN', name: 'due', required: true, value })}</form>`;
    const host = mount(view('2026-12-14'));
    const input = host.querySelector('input')!;
    expect(input.required).to.equal(true);
    type(input, '2026-12-20');
    render(view('2026-12-14'), host);
    expect(new FormData(host.querySelector('form')!).get('due')).to.equal('2026-12-20');
    expect(host.querySelector('[part=date-reading]')!.textContent).to.equal('2026年12月20日');
    host.remove();
  });

  it('reads only whole ISO days', () => {
    expect(dateReading('en', '2026-12-07')).to.equal('Dec 7, 2026');
    expect(dateReading('zh-CN', '2026-12')).to.equal(undefined);
    expect(dateReading('zh-CN', 20261207)).to.equal(undefined);
  });
});
