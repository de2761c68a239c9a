/** Unit colours chosen to stay distinct from each other and readable under dark card text. */
export const UNIT_PALETTE = [
  '#4e79a7',
  '#f28e2b',
  '#59a14f',
  '#e15759',
  '#76b7b2',
  '#edc948',
  '#b07aa1',
  '#ff9da7',
  '#9c755f',
  '#86bcb6',
] as const;

export function unitColour(index: number): string {
  return UNIT_PALETTE[((index % UNIT_PALETTE.length) + UNIT_PALETTE.length) % UNIT_PALETTE.length]!;
}
