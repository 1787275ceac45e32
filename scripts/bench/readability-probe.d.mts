/** Types for readability-probe.mjs (plain JS so Node scripts and browser tests share it). */

/** The smallest rendered figure text of the page in CSS px, with a sample of it; null without figure text. */
export declare function smallestFigureText(): { px: number; text: string } | null;

/** How many CSS px the page is wider than the window. */
export declare function pageOverflow(): number;
