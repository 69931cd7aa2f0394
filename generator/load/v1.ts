// Postman v1 collections are converted to v2.1 with Postman's own transformer, so the rest of the
// pipeline reads one format. Pointers in later diagnostics refer to the converted document.
import transformer from 'postman-collection-transformer';
import type { Diagnostics } from '../diagnostics.js';

export function convertV1(raw: unknown, file: string, diagnostics: Diagnostics): unknown {
  let result: unknown = null;
  let failure: unknown = null;
  try {
    // The transformer calls back synchronously.
    transformer.convert(raw, { inputVersion: '1.0.0', outputVersion: '2.1.0', retainIds: true }, (error: unknown, converted: unknown) => {
      failure = error;
      result = converted;
    });
  } catch (error) {
    failure = error;
  }
  if (failure || !result) {
    const reason = failure instanceof Error ? failure.message : 'the converter returned nothing';
    diagnostics.report('PF003', `this Postman v1 collection could not be converted (${reason}); re-export it from Postman as Collection v2.1`, { file });
    return null;
  }
  diagnostics.report('PF110', 'converted from Postman collection v1 to v2.1; JSON pointers refer to the converted collection', { file });
  return result;
}
