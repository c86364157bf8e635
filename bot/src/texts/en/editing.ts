import type { Catalogue } from '../catalogue';

export const editing: Catalogue['editing'] = {
  save: 'Save',
  saving: 'Saving …',
  cancel: 'Cancel',
  close: 'Close',
  changedByOthers: 'Changed by someone else — reload.',
  reload: 'Reload',
  reloaded: 'Reloaded. Make your change again and save.',
  checkFields: 'Something needs fixing. See the marked fields.',
  saveFailed: 'Could not save. Try again shortly.',
  forbidden: 'Only the secretary and the chair can change this.',
  notFound: 'It is no longer there. Reload.',
  closed: 'This can no longer be changed.',
  serverUnavailable: 'The service is not answering right now. Try again shortly.',
  required: 'Required.',
  tooLong: (max) => `At most ${max} characters.`,
  invalid: 'Not a valid value.',
  readOnlyNote: 'You can read this. Only the secretary and the chair can change it.',
};
