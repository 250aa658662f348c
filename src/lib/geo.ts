// Great-circle geometry on a sphere, enough for "what is near here" over WGS 84 coordinates without PostGIS.
// Distances use the haversine formula with the mean Earth radius; the error against the ellipsoid stays under 0.5%.

/** IUGG mean Earth radius, in kilometres. The SQL distance uses the same value. */
export const earthRadiusKm = 6371.0088;

/** Half the Earth's circumference: no two points are farther apart. */
export const maxDistanceKm = Math.ceil(Math.PI * earthRadiusKm);

export type LatLng = { latitude: number; longitude: number };

/**
 * A latitude band and the longitude ranges within it. Several ranges when the box crosses the antimeridian
 * (179°E to 179°W is [179, 180] and [-180, -179]); null when every longitude is in (the box reaches a pole).
 */
export type GeoBox = { minLatitude: number; maxLatitude: number; longitudeRanges: [number, number][] | null };

const toRadians = (degrees: number) => (degrees * Math.PI) / 180;
const toDegrees = (radians: number) => (radians * 180) / Math.PI;

/**
 * The smallest latitude/longitude box holding every point within `radiusKm` of `center` (J. P. Matuschek, "Finding
 * Points Within a Distance of a Latitude/Longitude Using Bounding Coordinates"). It is a prefilter an index can
 * serve; the exact great-circle distance is checked afterwards.
 */
export function boxAround(center: LatLng, radiusKm: number): GeoBox {
  // A few metres of slack so rounding never drops a point that lies exactly on the circle.
  const angular = radiusKm / earthRadiusKm + 1e-6;
  const minLatitude = center.latitude - toDegrees(angular);
  const maxLatitude = center.latitude + toDegrees(angular);
  if (minLatitude <= -90 || maxLatitude >= 90) {
    return { minLatitude: Math.max(minLatitude, -90), maxLatitude: Math.min(maxLatitude, 90), longitudeRanges: null };
  }
  const dLng = toDegrees(Math.asin(Math.min(1, Math.sin(angular) / Math.cos(toRadians(center.latitude)))));
  return {
    minLatitude,
    maxLatitude,
    longitudeRanges: longitudeRanges(center.longitude - dLng, center.longitude + dLng),
  };
}

/** A GeoJSON-ordered bounding box; west > east means it crosses the antimeridian (RFC 7946, section 5.2). */
export function boxFromBounds(bounds: { west: number; south: number; east: number; north: number }): GeoBox {
  const ranges: [number, number][] =
    bounds.west <= bounds.east
      ? [[bounds.west, bounds.east]]
      : [
          [bounds.west, 180],
          [-180, bounds.east],
        ];
  return { minLatitude: bounds.south, maxLatitude: bounds.north, longitudeRanges: ranges };
}

function longitudeRanges(west: number, east: number): [number, number][] | null {
  if (east - west >= 360) return null;
  if (west < -180)
    return [
      [west + 360, 180],
      [-180, east],
    ];
  if (east > 180)
    return [
      [west, 180],
      [-180, east - 360],
    ];
  return [[west, east]];
}
