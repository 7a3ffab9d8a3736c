/**
 * The words a SITREP uses for the case record's closed values. A SITREP is an IAMSAR message in
 * English capitals whatever language the console speaks, so these are not translated.
 */
import type { BoatType, EngineStatus, Outcome, Phase } from '../domain/case';

/** The transmission line, from the emergency phase. */
export const TRANSMISSION: Record<Phase, string> = { DETRESFA: 'DISTRESS', ALERFA: 'URGENCY', INCERFA: 'UNCERTAINTY' };

/** How the case ended. */
export const OUTCOME_WORDS: Record<Outcome, string> = {
  rescued_ngo: 'RESCUED BY AN NGO SHIP',
  rescued_coastguard: 'RESCUED BY A COAST GUARD',
  rescued_armed_forces: 'RESCUED BY ARMED FORCES',
  rescued_merchant: 'RESCUED BY A MERCHANT SHIP',
  rescued_other: 'RESCUED BY ANOTHER VESSEL',
  intercepted_libya: 'INTERCEPTED BY THE LIBYAN COAST GUARD',
  intercepted_tunisia: 'INTERCEPTED BY THE TUNISIAN COAST GUARD',
  intercepted_returned: 'INTERCEPTED AND RETURNED',
  arrived_autonomously: 'ARRIVED ON ITS OWN',
  returned_autonomously: 'RETURNED TO ITS DEPARTURE ON ITS OWN',
  shipwreck: 'SHIPWRECK',
  empty_boat_found: 'EMPTY BOAT FOUND',
  missing: 'MISSING',
  duplicate: 'DUPLICATE OF ANOTHER CASE',
  unknown: 'UNKNOWN',
};

/** The kind of boat. */
export const BOAT_WORDS: Record<BoatType, string> = {
  rubber: 'RUBBER BOAT',
  wood: 'WOODEN BOAT',
  iron: 'IRON BOAT',
  fiberglass: 'FIBREGLASS BOAT',
  fishing_vessel: 'FISHING VESSEL',
  sailing: 'SAILING BOAT',
  other: 'BOAT',
  unknown: 'BOAT OF UNKNOWN TYPE',
};

/** The engine status. */
export const ENGINE_WORDS: Record<EngineStatus, string> = {
  working: 'ENGINE WORKING',
  not_working: 'ENGINE NOT WORKING',
  no_fuel: 'OUT OF FUEL',
  none: 'NO ENGINE',
  unknown: 'ENGINE STATUS UNKNOWN',
};
