import { usePublicLine } from '../../phone-line/api/phone-line.ts';
import { formatTime } from '../../phone-line/components/format.ts';

/**
 * The service's phone line on the public « Qui contacter ? » pages: its number and today's hours
 * (from the phone-line module's public endpoint, which names nobody). Nothing when there is no line.
 */
export function PhoneLineBox({ academie, departement }: { academie?: string; departement?: string }) {
  const line = usePublicLine({ ...(academie ? { academie } : {}), ...(departement ? { departement } : {}) });
  if (!line.data || line.data.phoneNumber === null) return null;
  const { phoneNumber, morning, afternoon } = line.data;
  const hours = [morning, afternoon].filter((h) => h !== null).map((h) => `de ${formatTime(h.opens)} à ${formatTime(h.closes)}`);
  return (
    <div className="fr-callout fr-icon-phone-line fr-mb-4w">
      <h2 className="fr-callout__title fr-h5">Ligne téléphonique RH de proximité</h2>
      <p className="fr-callout__text">
        <a href={`tel:${phoneNumber.replace(/[^0-9+]/g, '')}`}>{phoneNumber}</a>
        <br />
        {hours.length === 0 ? 'Fermée aujourd’hui.' : `Aujourd’hui : ${hours.join(' et ')}.`}
      </p>
    </div>
  );
}
