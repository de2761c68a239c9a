/** What the client adds to the contract: how the new-scenario dialog names the source it chose. */
export type NewScenarioSource =
  | { readonly kind: 'blank' }
  | { readonly kind: 'template'; readonly template: string }
  | { readonly kind: 'fork'; readonly from: string; readonly version?: string }
  | { readonly kind: 'design'; readonly design: unknown };
