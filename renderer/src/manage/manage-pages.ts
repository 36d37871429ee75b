/** The training area's pages; its own module so that the view and its navigation both import it. */
export const MANAGE_PAGES = ['sets', 'train', 'experiments', 'models'] as const;
export type ManagePage = (typeof MANAGE_PAGES)[number];
