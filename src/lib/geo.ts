/** Distances on the phone, for "Gần tôi": nothing about where someone is leaves the device. */

export interface Point {
  lat: number;
  lng: number;
}

const EARTH_DIAMETER_KM = 12_742;
const toRadians = (degrees: number) => (degrees * Math.PI) / 180;

/** Straight-line (great-circle, haversine) distance in km; enough to rank nearby points. */
export function distanceKm(from: Point, to: Point): number {
  const dLat = toRadians(to.lat - from.lat);
  const dLng = toRadians(to.lng - from.lng);
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(toRadians(from.lat)) * Math.cos(toRadians(to.lat)) * Math.sin(dLng / 2) ** 2;
  return EARTH_DIAMETER_KM * Math.asin(Math.sqrt(a));
}
