import { z } from 'zod';
import { defineElement } from './types';

const degrees = (limit: number) =>
  z
    .string()
    .regex(/^[-+]?\d+(\.\d+)?$/, { message: 'is not a number in decimal degrees' })
    .refine((v) => Math.abs(Number(v)) <= limit, { message: `is outside −${limit}…${limit}` });

export const place = defineElement({
  name: 'Place',
  summary: 'One labelled point of a <Map>.',
  attributes: {
    name: { required: true, description: 'the place’s name, in the list under the map', example: 'Damascus' },
    lat: { required: true, description: 'latitude in decimal degrees, −90 to 90 (north is positive)', example: '33.51', schema: degrees(90), fix: 'write the latitude in decimal degrees between −90 and 90, e.g. lat="33.51"; check that lat and lon are not swapped' },
    lon: { required: true, description: 'longitude in decimal degrees, −180 to 180 (east is positive)', example: '36.29', schema: degrees(180), fix: 'write the longitude in decimal degrees between −180 and 180, e.g. lon="36.29"' },
    label: { required: false, description: 'a shorter name to print on the map', example: 'Dimashq' },
  },
  children: { kind: 'none' },
  parent: 'Map',
  // A place stands only inside a map: the example shows it there.
  example: `<Map title="The Lebanon–Syria frontier" source="Natural Earth">
  <Place name="Damascus" lat="33.51" lon="36.29" label="Dimashq" />
</Map>`,
  errors: ['a latitude outside −90…90 or a longitude outside −180…180', 'a <Place /> outside a <Map>'],
  searchable: true,
});
