import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { base } from './meta.js';

const meta = { ...base, title: 'Widgets/Village story/Variants' } satisfies Meta;
export default meta;
type Story = StoryObj;

export const Default: Story = {};
export const Expanded: Story = { args: { expanded: true } };
export const HeadingLevel3: Story = { args: { 'heading-level': 3 } };
/** One telling: the sections written for the UK page. */
export const UKSectionsOnly: Story = { args: { source: 'sos-uk' } };
export const CanadianSectionsOnly: Story = { args: { source: 'sos-canada' } };
/** Sections an editor picked, in the editor's order, from both tellings. */
export const PickedSections: Story = { args: { sections: 'uk-intro ca-authorities uk-how' } };
