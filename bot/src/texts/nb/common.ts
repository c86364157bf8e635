/** Words many areas share. */

export const common = {
  appName: 'Utvalg',
};
