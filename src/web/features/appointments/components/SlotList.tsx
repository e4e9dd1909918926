import { Button } from '@codegouvfr/react-dsfr/Button';
import type { Slot } from '../../../../shared/contracts/appointments.ts';
import { APPOINTMENT_MODE_LABELS } from '../../../../shared/glossary.ts';
import { formatDayTitle, formatHour, parisDayOf } from '../format.ts';

interface PlaceGroup { key: string; slots: Slot[] }
interface DayGroup { day: string; places: PlaceGroup[] }

/** The slots (nearest first) by Paris day, then by place and adviser, in the order they come. */
export function groupSlots(slots: Slot[]): DayGroup[] {
  const days: DayGroup[] = [];
  for (const slot of slots) {
    const day = parisDayOf(slot.startsAt);
    let group = days.find((d) => d.day === day);
    if (group === undefined) days.push(group = { day, places: [] });
    const key = `${slot.adviser.id}|${slot.mode}|${slot.place.kind}|${slot.place.label}`;
    let place = group.places.find((p) => p.key === key);
    if (place === undefined) group.places.push(place = { key, slots: [] });
    place.slots.push(slot);
  }
  return days;
}

/** Where: the school or the service (its address comes with the check before confirming); or how, for a visio or a call. */
export function slotPlaceText(slot: Pick<Slot, 'mode' | 'place'>): string {
  return slot.mode === 'in_person' ? slot.place.label : APPOINTMENT_MODE_LABELS[slot.mode];
}

/**
 * The free slots, one button each, named by its time; the day and the place are read with it
 * (`aria-describedby`), so that a screen reader user hears « 14 h 30, mardi 1er décembre, Collège… ».
 */
export function SlotList({ slots, onChoose }: { slots: Slot[]; onChoose: (slot: Slot) => void }) {
  return (
    <>
      {groupSlots(slots).map((day) => {
        const dayId = `jour-${day.day}`;
        return (
          <section key={day.day} aria-labelledby={dayId} className="fr-mb-3w">
            <h3 id={dayId} className="fr-h5 fr-mb-1w">{formatDayTitle(day.places[0]!.slots[0]!.startsAt)}</h3>
            {day.places.map((place, index) => {
              const first = place.slots[0]!;
              const placeId = `${dayId}-lieu-${index}`;
              return (
                <div key={place.key} className="fr-mb-2w">
                  <p id={placeId} className="fr-mb-1w">
                    <span className="fr-text--bold">{slotPlaceText(first)}</span>
                    {first.mode === 'in_person' ? ` — ${APPOINTMENT_MODE_LABELS.in_person.toLowerCase()}` : ''}, avec {first.adviser.displayName}
                  </p>
                  <ul className="fr-btns-group fr-btns-group--inline fr-btns-group--sm" aria-label={`Créneaux du ${formatDayTitle(first.startsAt).toLowerCase()}, ${slotPlaceText(first)}`}>
                    {place.slots.map((slot) => (
                      <li key={slot.id}>
                        <Button priority="secondary" size="small" onClick={() => onChoose(slot)}
                          nativeButtonProps={{ 'aria-describedby': `${dayId} ${placeId}` }}>
                          {formatHour(slot.startsAt)}
                        </Button>
                      </li>
                    ))}
                  </ul>
                </div>
              );
            })}
          </section>
        );
      })}
    </>
  );
}
