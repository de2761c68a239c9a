// Layout (elkjs) of a design: owned by the canvas work; see ../../CONTEXT.md.
export {};
