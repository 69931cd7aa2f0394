// Type-level checks (run by tsc; the expectTypeOf calls are no-ops at run time): an endpoint's
// result union narrows on `status`, including the catch-all for undocumented statuses.
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { ApiResponse, HttpStatus, UnexpectedResponse } from '../../templates/runtime/index.js';

interface Listed {
  data: Array<{ id: string }>;
}
interface Accepted {
  data: Array<{ code: 'SUCCESS' | 'DUPLICATE_DATA'; details: { id: string } }>;
}
type UpdateResult = ApiResponse<200, Listed> | ApiResponse<202, Accepted> | UnexpectedResponse<200 | 202>;

function firstCode(res: UpdateResult): string | undefined {
  if (res.status === 202) {
    expectTypeOf(res).toEqualTypeOf<ApiResponse<202, Accepted>>();
    expectTypeOf(res.data.data[0]?.code).toEqualTypeOf<'SUCCESS' | 'DUPLICATE_DATA' | undefined>();
    return res.data.data[0]?.code;
  }
  if (res.status === 200) {
    expectTypeOf(res.data).toEqualTypeOf<Listed>();
    return res.data.data[0]?.id;
  }
  expectTypeOf(res.data).toBeUnknown();
  expectTypeOf(res.status).toEqualTypeOf<Exclude<HttpStatus, 200 | 202>>();
  return undefined;
}

describe('status narrowing', () => {
  it('HttpStatus is exactly the literals 100..599', () => {
    expectTypeOf<100>().toExtend<HttpStatus>();
    expectTypeOf<599>().toExtend<HttpStatus>();
    expectTypeOf<99>().not.toExtend<HttpStatus>();
    expectTypeOf<600>().not.toExtend<HttpStatus>();
    expectTypeOf<number>().not.toExtend<HttpStatus>();
  });

  it('UnexpectedResponse excludes the documented statuses', () => {
    expectTypeOf<Extract<UnexpectedResponse<200 | 202>['status'], 200 | 202>>().toBeNever();
    expectTypeOf<404>().toExtend<UnexpectedResponse<200 | 202>['status']>();
  });

  it('the runtime result can be asserted to an endpoint union, and narrows', () => {
    const fromRuntime = (res: ApiResponse<number, unknown>): UpdateResult => res as UpdateResult;
    const res = fromRuntime({ status: 202, data: { data: [{ code: 'SUCCESS', details: { id: '1' } }] }, headers: new Headers() });
    expect(firstCode(res)).toBe('SUCCESS');
  });
});
