import fs from 'node:fs';
import path from 'node:path';
import type { Harbour } from '../../shared/domain/harbour';
import { readPortIndex } from './port-index';

// Ports by UN/LOCODE so the coordinates come from the World Port Index; capacity and medical are demo values.
const PORTS: [id: string, name: string, unlocode: string, capacity: number, medical: boolean][] = [
  ['lampedusa', 'Lampedusa', 'IT LMP', 400, true],
  ['pozzallo', 'Pozzallo', 'IT PZL', 300, true],
  ['augusta', 'Augusta', 'IT AUG', 500, true],
  ['catania', 'Catania', 'IT CTA', 600, true],
  ['porto-empedocle', 'Porto Empedocle', 'IT PEM', 250, false],
  ['trapani', 'Trapani', 'IT TPS', 300, true],
  ['palermo', 'Palermo', 'IT PMO', 800, true],
  ['messina', 'Messina', 'IT MSN', 500, true],
  ['naples', 'Naples', 'IT NAP', 700, true],
  ['valletta', 'Valletta', 'MT MLA', 300, true],
  ['barcelona', 'Barcelona', 'ES BCN', 600, true],
  ['valencia', 'Valencia', 'ES VLC', 600, true],
];

// Reception cities are inland or not in the port index; city-centre coordinates.
const CITIES: [id: string, name: string, lat: number, lon: number, capacity: number][] = [
  ['berlin', 'Berlin', 52.52, 13.405, 500],
  ['kiel', 'Kiel', 54.3233, 10.1228, 150],
  ['cologne', 'Cologne', 50.9375, 6.9603, 300],
  ['bonn', 'Bonn', 50.7374, 7.0982, 100],
  ['dusseldorf', 'Düsseldorf', 51.2277, 6.7735, 200],
  ['potsdam', 'Potsdam', 52.3906, 13.0645, 80],
];

/** The demo harbours: twelve willing ports from the World Port Index and six reception cities. */
export function demoHarbours(): Harbour[] {
  const index = readPortIndex(
    fs.readFileSync(path.join(__dirname, '..', '..', 'shared', 'data', 'ports', 'world-port-index.csv'), 'utf8'),
  );
  const ports = PORTS.map(([id, name, unlocode, capacity, medical], i): Harbour => {
    const p = index.find((row) => row.unlocode === unlocode);
    if (!p) throw new Error(`demo port ${name} (${unlocode}) is not in the World Port Index`);
    return {
      id,
      name,
      kind: 'port',
      lat: p.lat,
      lon: p.lon,
      country: p.country,
      willing: true,
      capacity,
      medical,
      contacts: [
        {
          name: `${name} harbour master (demo)`,
          phone: `+3900000${String(i + 1).padStart(4, '0')}`,
          channels: ['sms'],
        },
      ],
    };
  });
  const cities = CITIES.map(([id, name, lat, lon, capacity]): Harbour => ({
    id,
    name,
    kind: 'city',
    lat,
    lon,
    country: 'Germany',
    willing: true,
    capacity,
    medical: true,
    contacts: [],
  }));
  return [...ports, ...cities];
}
