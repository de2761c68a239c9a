// Scene: drawing primitives shared by the canvas, SVG and PPTX back ends.
export {};
