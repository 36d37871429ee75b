/**
 * The parts of TensorFlow.js Inkform uses — tensors, ops and kernels (core) and dense networks
 * (layers) — as one namespace. The `@tensorflow/tfjs` umbrella would add the WebGL and CPU
 * backends, the graph-model converter and tfjs-data, and with them some 40 MB of packaged app.
 *
 * Layers is re-exported by name, not with a second `export *`: main's bundler cannot tell which
 * of two external packages a starred name comes from and would import it from the first (a
 * packaged app failing on `sequential` from tfjs-core). Using more of layers means naming it
 * here; until then `tf.<name>` is a type error.
 */
export * from '@tensorflow/tfjs-core';
export {
  initializers,
  layers,
  loadLayersModel,
  LayersModel,
  Sequential,
  sequential,
} from '@tensorflow/tfjs-layers';
