import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { abcGrades, pointsTiers, rfmSegments, type AbcGrade, type PointsTier, type RfmSegment } from '@dossier/core';

interface BadgeArgs {
  grade?: AbcGrade;
  vip: boolean;
  provisional: boolean;
  segment?: RfmSegment;
  pointsTier?: PointsTier;
}

const meta: Meta<BadgeArgs> = {
  title: 'Elements/Tier badge',
  component: 'dossier-tier-badge',
  tags: ['autodocs'],
  args: { grade: 'A', vip: false, provisional: false },
  argTypes: {
    grade: { control: 'select', options: [undefined, ...abcGrades] },
    segment: { control: 'select', options: [undefined, ...rfmSegments] },
    pointsTier: { control: 'select', options: [undefined, ...pointsTiers] },
  },
  render: (args) =>
    html`<dossier-tier-badge
      grade=${args.grade ?? nothing}
      ?vip=${args.vip}
      ?provisional=${args.provisional}
      segment=${args.segment ?? nothing}
      points-tier=${args.pointsTier ?? nothing}
    ></dossier-tier-badge>`,
};
export default meta;

type Story = StoryObj<BadgeArgs>;

/** One badge, driven by the controls. */
export const Playground: Story = {};

/** Every grade, plain, VIP and provisional (a new customer on probation). */
export const Grades: Story = {
  render: () =>
    html`<div style="display:grid;gap:.5rem">
      ${abcGrades.map(
        (grade) => html`<div style="display:flex;gap:.5rem">
          <dossier-tier-badge grade=${grade}></dossier-tier-badge>
          <dossier-tier-badge grade=${grade} vip></dossier-tier-badge>
          <dossier-tier-badge grade=${grade} provisional></dossier-tier-badge>
        </div>`,
      )}
    </div>`,
};

/** Every RFM segment. */
export const Segments: Story = {
  render: () => html`<div style="display:flex;flex-wrap:wrap;gap:.5rem">${rfmSegments.map((s) => html`<dossier-tier-badge segment=${s}></dossier-tier-badge>`)}</div>`,
};

/** Every members' points tier. */
export const PointsTiers: Story = {
  render: () => html`<div style="display:flex;gap:.5rem">${pointsTiers.map((t) => html`<dossier-tier-badge points-tier=${t}></dossier-tier-badge>`)}</div>`,
};

/** No grade yet. */
export const Empty: Story = { args: { grade: undefined } };
