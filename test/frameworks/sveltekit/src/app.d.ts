// The elements typed in Svelte templates, by one import.
import type {} from 'sos-village-widgets/types/svelte';

export {};
