import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../define-import.js';


const sample = [
  '客户名称,联系人,手机,地址,统一社会信用代码',
  '杭州西子贸易有限公司,王芳,13812341234,浙江省杭州市西湖区文三路90号,91330106MA2B0XXX00',
  '深圳坂田电子有限公司,李雷,1381234,广东省深圳市龙岗区坂田街道,',
  '福州闽江食品有限公司,陈静,13900001111,福建省福州市鼓楼区五一路,91350100M000100Y43',
].join('\r\n');

interface WizardArgs {
  locale: 'en' | 'zh-CN';
  kind: 'customer' | 'contact' | 'transaction';
}

const meta: Meta<WizardArgs> = {
  title: 'Elements/Import wizard',
  component: 'dossier-import',
  tags: ['autodocs'],
  args: { locale: 'zh-CN', kind: 'customer' },
  argTypes: { locale: { control: 'inline-radio', options: ['en', 'zh-CN'] }, kind: { control: 'inline-radio', options: ['customer', 'contact', 'transaction'] } },
  render: (args) => html`<dossier-import locale=${args.locale} kind=${args.kind}></dossier-import>`,
};
export default meta;

type Story = StoryObj<WizardArgs>;

/** Pick a file: the wizard previews it and suggests a mapping. */
export const Empty: Story = {};

/** A customer list with a bad mobile number on line 3, loaded and imported: the report lists it. */
export const WithReport: Story = {
  play: async ({ canvasElement }) => {
    const wizard = canvasElement.querySelector('dossier-import')!;
    await wizard.load(new File([sample], '客户一览表.csv', { type: 'text/csv' }));
    await wizard.runImport();
  },
};
