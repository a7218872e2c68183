/**
 * Bundled knowledge: countries, regions, towns and the project's list of organisations and places.
 * The data are JSON modules, so a bundler can split them into their own chunk; the browser loads this
 * module with a dynamic import when the reader opens.
 */
import countries from './data/countries.json';
import cities from './data/cities.json';
import regions from './data/regions.json';
import organisations from './data/organisations.json';
import places from './data/places.json';
import meta from './data/meta.json';
import { createGazetteer, type BundledGazetteer } from './create-gazetteer';
import type { KnowledgeData } from './data-types';

export type { BundledGazetteer } from './create-gazetteer';
export type { Gazetteer, GazetteerEntry } from './gazetteer';

let memo: BundledGazetteer | null = null;

/** The bundled gazetteer, built on first call (about 30k entries) and shared afterwards. */
export function loadGazetteer(): BundledGazetteer {
  memo ??= createGazetteer({
    countries,
    cities,
    regions,
    organisations,
    places,
    built: meta.built,
  } as KnowledgeData);
  return memo;
}
