/** Types for find-chromium.mjs (plain JS so Node scripts can import it). */

/** Launch arguments that work for Debian's Chromium in containers. */
export declare const CHROMIUM_ARGS: string[];

/** Multi-line help text: how to get a Chromium for the build. */
export declare const MISSING_CHROMIUM_HELP: string;

/** First existing Chromium: $CHROME_PATH, /usr/bin/chromium, /usr/bin/chromium-browser, playwright's. */
export declare function findChromium(): string | undefined;
