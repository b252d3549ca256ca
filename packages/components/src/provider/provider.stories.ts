import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { defaultRoles, type Locale } from '@dossier/core';
import { sampleArchive, sampleGrades, sampleAsOf } from '../testing-fixtures/sample.js';

interface ProviderArgs {
  locale: Locale;
  theme: 'light' | 'dark';
  role: keyof typeof defaultRoles;
}

const meta: Meta<ProviderArgs> = {
  title: 'Elements/Provider',
  component: 'dossier-provider',
  tags: ['autodocs'],
  args: { locale: 'zh-CN', theme: 'light', role: 'sales-manager' },
  argTypes: {
    locale: { control: 'inline-radio', options: ['zh-CN', 'en'] },
    theme: { control: 'inline-radio', options: ['light', 'dark'] },
    role: { control: 'select', options: Object.keys(defaultRoles) },
  },
  render: (args) => {
    const archive = sampleArchive(60);
    const customer = archive.customers[0]!;
    const { abc } = sampleGrades(archive);
    return html`<dossier-provider locale=${args.locale} theme=${args.theme} .viewer=${{ userId: 'story', role: defaultRoles[args.role] }}>
      <div style="display:grid;gap:1rem;padding:1rem;background:${args.theme === 'dark' ? '#15171c' : '#fff'}">
        <dossier-tier-badge grade="A" vip></dossier-tier-badge>
        <dossier-customer-card
          as-of=${sampleAsOf}
          .customer=${customer}
          .contacts=${archive.contacts.filter((c) => c.customerId === customer.id)}
          .interactions=${archive.interactions.filter((i) => i.customerId === customer.id)}
          .explanation=${abc.get(customer.id)}
        ></dossier-customer-card>
      </div>
    </dossier-provider>`;
  },
};
export default meta;

/** The provider hands locale, theme and viewer to every element inside: change them in the controls. */
export const Contexts: StoryObj<ProviderArgs> = {};
