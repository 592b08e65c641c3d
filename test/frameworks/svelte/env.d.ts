// Svelte 5 with the elements typed by one import.
import type {} from 'sos-village-widgets/types/svelte';
