import { createContext } from 'preact';

/**
 * Says a line on the side panel's status line, where the user looks: for actions in the ⋯ menu,
 * which closes as soon as one is pressed (null outside the panel).
 */
export const PanelStatus = createContext<((text: string) => void) | null>(null);
