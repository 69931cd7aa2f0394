// Every signer, for tests that call the runtime with any scheme (a package passes only its own).
import { signAwsV4 } from '../../templates/runtime/auth/awsv4.js';
import { signEdgeGrid } from '../../templates/runtime/auth/edgegrid.js';
import { signHawk } from '../../templates/runtime/auth/hawk.js';
import { signJwt } from '../../templates/runtime/auth/jwt.js';
import { signOAuth1 } from '../../templates/runtime/auth/oauth1.js';
import type { Signers } from '../../templates/runtime/auth/types.js';

export const ALL_SIGNERS: Required<Signers> = {
  oauth1: signOAuth1,
  jwt: signJwt,
  awsv4: signAwsV4,
  hawk: signHawk,
  edgegrid: signEdgeGrid,
};
