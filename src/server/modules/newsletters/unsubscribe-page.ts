import crypto from 'node:crypto';
import { NEWSLETTER_KIND_LABELS } from '../../../shared/glossary.ts';
import { academieLabel } from '../../../shared/territories.ts';
import { escapeHtml } from '../../mail/template-kit.ts';
import type { UnsubscribeState } from './unsubscribe.ts';

/*
 * The page a recipient reaches from the link of a mail: plain HTML from the server, so that it
 * works without the interface and without JavaScript (a form that POSTs to the same address).
 * Its one style sheet is inline and allowed by its hash in the page's own security policy.
 */
const STYLE = [
  'body{margin:0;font-family:Marianne,Arial,Helvetica,sans-serif;color:#161616;line-height:1.5;background:#fff}',
  'header{border-bottom:4px solid #000091;padding:1rem}header p{margin:0;font-weight:700}',
  'main{max-width:40rem;margin:0 auto;padding:2rem 1rem}h1{font-size:1.75rem;line-height:1.25;margin:0 0 1rem}',
  'button{font:inherit;font-weight:500;background:#000091;color:#fff;border:0;padding:.5rem 1.5rem;min-height:2.5rem;cursor:pointer}',
  'button:hover{background:#1212ff}button:focus,a:focus{outline:2px solid #0a76f6;outline-offset:2px}a{color:#000091}',
].join('');
const STYLE_HASH = crypto.createHash('sha256').update(STYLE).digest('base64');

/** The page's own policy: nothing but its hashed style and a form posting to ProxiRH. */
export const UNSUBSCRIBE_PAGE_CSP = `default-src 'none'; style-src 'sha256-${STYLE_HASH}'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'`;

function page(title: string, body: string): string {
  return [
    '<!DOCTYPE html>', '<html lang="fr">', '<head>', '<meta charset="utf-8">', '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="robots" content="noindex">', `<title>${escapeHtml(title)} — ProxiRH</title>`, `<style>${STYLE}</style>`, '</head>', '<body>',
    '<header><p>RÉPUBLIQUE FRANÇAISE</p><p>ProxiRH — le service RH de proximité</p></header>',
    `<main id="contenu"><h1>${escapeHtml(title)}</h1>${body}</main>`, '</body>', '</html>',
  ].join('\n');
}

export function unsubscribePage(state: UnsubscribeState, action: string, posted: boolean): string {
  if (!state.found) {
    return page('Lien de désinscription inconnu', '<p>Ce lien de désinscription n’est pas valable. Vous pouvez choisir les lettres que vous recevez depuis votre espace ProxiRH, rubrique « Mes lettres d’information ».</p><p><a href="/mon-espace">Aller à mon espace</a></p>');
  }
  const letter = `la « ${NEWSLETTER_KIND_LABELS[state.kind]} » de l’${academieLabel(state.academie).replace(/^Académie /, 'académie ')}`;
  if (state.done) {
    return page(posted ? 'Vous êtes désinscrit(e)' : 'Désinscription déjà enregistrée',
      `<p>Vous ne recevrez plus ${escapeHtml(letter)}.</p><p>Vous pouvez vous réabonner à tout moment depuis votre espace ProxiRH.</p><p><a href="/mon-espace">Aller à mon espace</a></p>`);
  }
  return page('Se désinscrire de la lettre d’information',
    `<p>Vous ne recevrez plus ${escapeHtml(letter)}. Les autres lettres auxquelles vous êtes abonné(e) ne changent pas.</p>`
    + `<form method="post" action="${escapeHtml(action)}"><button type="submit">Confirmer la désinscription</button></form>`);
}
