import { geoEqualEarth, geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import isoCountries from 'i18n-iso-countries';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import world from 'world-atlas/countries-110m.json' with { type: 'json' };

/** The map's drawing size in SVG units (Equal Earth fits a 2:1 frame, less the poles' margin). */
export const MAP_WIDTH = 960;
export const MAP_HEIGHT = 470;

export interface CountryShape {
	/** ISO 3166-1 alpha-2; null for the few shapes without one (Kosovo, N. Cyprus, Somaliland). */
	code: string | null;
	/** The atlas's English name, for shapes without a code. */
	atlasName: string;
	d: string;
}

let shapes: CountryShape[] | null = null;

/**
 * Natural Earth's countries at 1:110m (world-atlas), projected once per process with d3-geo's
 * Equal Earth (areas stay true, so no country looks bigger than it is) into SVG paths.
 */
export function countryShapes(): CountryShape[] {
	if (shapes) return shapes;
	const topology = world as unknown as Topology<{
		countries: GeometryCollection<{ name: string }>;
	}>;
	const collection = feature(topology, topology.objects.countries) as FeatureCollection<
		Geometry,
		{ name: string }
	>;
	const projection = geoEqualEarth().fitExtent(
		[
			[4, 4],
			[MAP_WIDTH - 4, MAP_HEIGHT - 4]
		],
		collection
	);
	const path = geoPath(projection).digits(1);
	shapes = collection.features
		.filter(
			(country: Feature<Geometry, { name: string }>) => country.properties.name !== 'Antarctica'
		)
		.map((country) => ({
			code: country.id ? (isoCountries.numericToAlpha2(String(country.id)) ?? null) : null,
			atlasName: country.properties.name,
			d: path(country) ?? ''
		}))
		.filter((shape) => shape.d !== '');
	return shapes;
}

/** Shading steps: a country's count falls in the first step whose upper bound it does not pass. */
export const SHADES = 5;

/**
 * The shade (1..SHADES) of a count on a logarithmic scale up to the largest count, so one country
 * with most registrations does not wash every other one out; 0 for none.
 */
export function shadeOf(count: number, largest: number): number {
	if (count <= 0 || largest <= 0) return 0;
	if (largest === 1) return SHADES;
	const position = Math.log(count) / Math.log(largest);
	return Math.min(SHADES, 1 + Math.floor(position * SHADES));
}

/** The counts each shade stands for, for the legend: derived from `shadeOf` itself. */
export function shadeLegend(largest: number): { shade: number; from: number; to: number }[] {
	const legend: { shade: number; from: number; to: number }[] = [];
	if (largest <= 0) return legend;
	const firstWith = (shade: number): number => {
		let low = 1;
		let high = largest + 1;
		while (low < high) {
			const middle = Math.floor((low + high) / 2);
			if (shadeOf(middle, largest) >= shade) high = middle;
			else low = middle + 1;
		}
		return low;
	};
	for (let shade = 1; shade <= SHADES; shade++) {
		const from = firstWith(shade);
		const to = firstWith(shade + 1) - 1;
		if (from <= to) legend.push({ shade, from, to });
	}
	return legend;
}
