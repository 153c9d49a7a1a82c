/** Where an application is made: online (the national platforms, 掌上12333) or at an agency's counter. */
export const APPLICATION_CHANNELS = ['online', 'counter'] as const;
export type ApplicationChannel = (typeof APPLICATION_CHANNELS)[number];
