import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { SecretLinkMinters } from '../../mail/secret-links.ts';
import { setPanelMemberTokenHash, setSurveyTokenHash } from './repository.ts';
import { newSurveyToken } from './tokens.ts';

/**
 * The one-time links of the satisfaction module, minted by the mailer when the invitation
 * leaves (compose.ts gives them to it): the token exists only in the mail sent, its hash on the
 * survey row. The web pages behind the paths call /api/surveys/:token and /api/panel-surveys/:token.
 */
export const satisfactionSecretLinks = {
  survey: async (db: Kysely<DB>, surveyId: string) => {
    const { token, hash } = newSurveyToken();
    return await setSurveyTokenHash(db, surveyId, hash) ? `/enquete/${token}` : undefined;
  },
  panel: async (db: Kysely<DB>, memberId: string) => {
    const { token, hash } = newSurveyToken();
    return await setPanelMemberTokenHash(db, memberId, hash) ? `/enquete-nationale/${token}` : undefined;
  },
} satisfies SecretLinkMinters;
