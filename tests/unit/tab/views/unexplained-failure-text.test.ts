import { ApiError } from '../../../../tab/src/api/api-client';
import { textsFor } from '../../../../bot/src/texts/catalogue';
import { errorText } from '../../../../tab/src/views/error-text';
import { saveFailure } from '../../../../tab/src/views/editing/save-errors';

/**
 * A failure no code explains is still said in the person's language: the
 * server's (or the browser's) English message goes to the console, never on screen.
 */
describe('an unexplained failure in the tab', () => {
  const english = 'Unexpected token < in JSON at position 0';
  let warn: jest.SpyInstance;
  beforeEach(() => {
    warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
  });
  afterEach(() => warn.mockRestore());

  it.each(['nb', 'nn', 'en'] as const)('reads as a generic sentence while loading (%s)', (language) => {
    const t = textsFor(language).app;
    expect(errorText(new ApiError(418, 'teapot', english), t)).toBe(t.errorUnknown);
    expect(errorText(new TypeError(english), t)).toBe(t.errorUnknown);
    expect(warn).toHaveBeenCalledWith(expect.any(String), expect.objectContaining({ message: english }));
  });

  it.each(['nb', 'nn', 'en'] as const)('reads as a generic sentence when saving (%s)', (language) => {
    const e = textsFor(language).editing;
    expect(saveFailure(new ApiError(418, 'teapot', english), e)).toEqual({ kind: 'general', text: e.saveFailed });
    expect(saveFailure(new TypeError(english), e)).toEqual({ kind: 'general', text: e.saveFailed });
    expect(warn).toHaveBeenCalledWith(expect.any(String), expect.objectContaining({ message: english }));
  });

  it('keeps the words for failures that have a code', () => {
    const e = textsFor('nn').editing;
    expect(saveFailure(new ApiError(403, 'forbidden', english), e)).toEqual({ kind: 'general', text: e.forbidden });
    expect(errorText(new ApiError(404, 'notFound', english), textsFor('nn').app)).toBe(textsFor('nn').app.errorNotFound);
  });
});
