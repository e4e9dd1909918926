import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiFetch, withQuery } from '../../../api/client.ts';
import type {
  ContactPoint, ContactPointPage, CreatedReferral, CreateReferralBody, OutcomeBody, ReceivedReferralPage, ReceivedReferralsQuery, ReferralDetail,
  RequestReferrals,
} from '../../../../shared/contracts/orientation.ts';

export const PAGE_SIZE = 50;

/** « Orientations reçues » and one received referral: one key, one invalidation. */
export const receivedKey = ['referrals'] as const;
/** The request's queries (its timeline shows each referral step) and its referrals. */
const requestsKey = ['requests'] as const;

export type ReceivedStatusFilter = NonNullable<ReceivedReferralsQuery['status']> | '';

const referralPath = (id: string, suffix = '') => `/api/referrals/${encodeURIComponent(id)}${suffix}`;
const requestReferralsPath = (requestId: string, suffix = '') => `/api/requests/${encodeURIComponent(requestId)}/referrals${suffix}`;

/** One page of the referrals addressed to the caller's contact points, newest first. */
export function useReceivedReferrals(status: ReceivedStatusFilter, cursor: string | undefined) {
  return useQuery({
    queryKey: ['referrals', 'list', status, cursor ?? null],
    queryFn: ({ signal }) =>
      apiFetch<ReceivedReferralPage>(withQuery('/api/referrals', { status: status || undefined, cursor, limit: PAGE_SIZE }), { signal }),
    placeholderData: keepPreviousData,
  });
}

/** One referral as its target reads it (each read is audited by the server). */
export function useReceivedReferral(id: string) {
  return useQuery({
    queryKey: ['referrals', 'detail', id],
    queryFn: ({ signal }) => apiFetch<ReferralDetail>(referralPath(id), { signal }),
  });
}

/** The target's answers to a referral. */
export type ReceivedReferralAction =
  | { type: 'accept' }
  | { type: 'decline'; reason: string }
  | ({ type: 'outcome' } & OutcomeBody)
  | { type: 'message'; body: string };

function performReceived(id: string, action: ReceivedReferralAction): Promise<unknown> {
  const post = (suffix: string, body?: unknown) => apiFetch<unknown>(referralPath(id, suffix), { method: 'POST', body });
  switch (action.type) {
    case 'accept':
      return post('/accept');
    case 'decline':
      return post('/decline', { reason: action.reason });
    case 'outcome':
      return post('/outcome', { outcome: action.outcome, summary: action.summary });
    case 'message':
      return post('/messages', { body: action.body });
  }
}

export function useReceivedReferralAction(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (action: ReceivedReferralAction) => performReceived(id, action),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: receivedKey });
    },
  });
}

/** The referrals of one request (its staff: the whole exchange; its agent: to whom, why, how to reach them). */
export function useRequestReferrals(requestId: string) {
  return useQuery({
    queryKey: ['requests', 'referrals', requestId],
    queryFn: ({ signal }) => apiFetch<RequestReferrals>(requestReferralsPath(requestId), { signal }),
  });
}

/** What is done to a request's referrals from the request's page. */
export type RequestReferralAction =
  | ({ type: 'create' } & CreateReferralBody)
  | { type: 'revoke'; referralId: string }
  | { type: 'message'; referralId: string; body: string }
  | { type: 'consent'; referralId: string };

function performOnRequest(requestId: string, action: RequestReferralAction): Promise<unknown> {
  switch (action.type) {
    case 'create': {
      const { type: _type, ...body } = action;
      return apiFetch<CreatedReferral>(requestReferralsPath(requestId), { method: 'POST', body });
    }
    case 'revoke':
      return apiFetch<unknown>(referralPath(action.referralId, '/revoke'), { method: 'POST' });
    case 'message':
      return apiFetch<unknown>(requestReferralsPath(requestId, `/${encodeURIComponent(action.referralId)}/messages`), {
        method: 'POST', body: { body: action.body },
      });
    case 'consent':
      return apiFetch<unknown>(requestReferralsPath(requestId, `/${encodeURIComponent(action.referralId)}/consent`), { method: 'POST' });
  }
}

/**
 * Each action refreshes every request query (the section, and the timeline that shows the step);
 * the refresh is not awaited, as in the requests feature.
 */
export function useRequestReferralAction(requestId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (action: RequestReferralAction) => performOnRequest(requestId, action),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: requestsKey });
    },
  });
}

/** Every contact point of the directory that may receive a referral for a request of this département. */
async function fetchTargets(departement: string, signal: AbortSignal): Promise<ContactPoint[]> {
  const found: ContactPoint[] = [];
  let cursor: string | undefined;
  // A département's network holds a few dozen entries: a few pages at most.
  for (let page = 0; page < 10; page += 1) {
    const result = await apiFetch<ContactPointPage>(
      withQuery('/api/directory', { departement, receiving: true, limit: 200, cursor }),
      { signal },
    );
    found.push(...result.items);
    if (result.nextCursor === null) break;
    cursor = result.nextCursor;
  }
  return found.filter((candidate) => candidate.acceptsReferrals && !candidate.archived);
}

export function useReferralTargets(departement: string, enabled: boolean) {
  return useQuery({
    queryKey: ['directory', 'targets', departement],
    queryFn: ({ signal }) => fetchTargets(departement, signal),
    enabled,
    staleTime: 5 * 60_000,
  });
}
