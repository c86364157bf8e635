import type { Request, Response, Server } from 'restify';
import type { ErrorBody } from './error-response';

/**
 * What restify itself refuses before a route runs (a body that is not JSON, a
 * media type it cannot parse, an address no route has, a body too large) in
 * the same `{ error: { code, field, problem, params, message } }` shape as every other
 * refusal, so the tab and API clients read one format. The address is not
 * echoed back: restify's own 404 message repeats the whole path.
 */
const OWN_ERRORS: Record<string, ErrorBody['error']> = {
  InvalidContent: {
    code: 'invalidValue',
    field: 'body',
    problem: 'notJson',
    params: {},
    message: 'The request body is not valid JSON',
  },
  UnsupportedMediaType: {
    code: 'invalidValue',
    field: 'body',
    problem: 'notJson',
    params: {},
    message: 'Send the body as JSON (Content-Type: application/json)',
  },
  PayloadTooLarge: {
    code: 'invalidValue',
    field: 'body',
    problem: 'tooMuchData',
    params: {},
    message: 'The request body is too large',
  },
  ResourceNotFound: { code: 'notFound', message: 'There is nothing at this address' },
  MethodNotAllowed: { code: 'methodNotAllowed', message: 'This address does not take that method' },
};

export function registerRestifyErrorShape(server: Server): void {
  server.on(
    'restifyError',
    (
      _req: Request,
      _res: Response,
      err: Error & { restCode?: string; code?: string; toJSON?: () => unknown },
      callback: () => void,
    ) => {
      const known = OWN_ERRORS[err.restCode ?? err.code ?? ''];
      if (known) err.toJSON = () => ({ error: known }) satisfies ErrorBody;
      return callback();
    },
  );
}
