import '@tensorflow/tfjs-backend-wasm';
import * as tf from './tfjs.js';

/**
 * The wasm backend of tfjs 4.22 has two kernels that make dense-network training an order of
 * magnitude slower than it needs to be; we re-register them here.
 *
 * - BatchMatMul with transposeA/transposeB falls off XNNPACK onto a naive loop (10–25× slower).
 *   Backprop through a dense layer needs both transposes on every step, so we materialise the
 *   transpose first (cheap, linear) and run the fast untransposed path.
 * - Slice copies the whole input tensor out of the wasm heap before taking the slice, so slicing
 *   a batch out of a data set costs as much as copying the data set. We read a view instead.
 */

interface WasmBackendInternals {
  dataIdMap: { get(dataId: object): { id: number } | undefined };
  makeOutput(shape: number[], dtype: tf.DataType): tf.TensorInfo;
  typedArrayFromHeap(info: tf.TensorInfo): Float32Array | Int32Array | Uint8Array;
  disposeData(dataId: object): boolean;
}

type KernelFn = (args: {
  inputs: tf.NamedTensorInfoMap;
  backend: unknown;
  attrs?: tf.NamedAttrMap;
}) => tf.TensorInfo | tf.TensorInfo[];

function originalKernel(name: string): tf.KernelConfig {
  const config = tf.getKernel(name, 'wasm');
  if (!config) throw new Error(`tfjs wasm backend has no ${name} kernel`);
  return config;
}

function transposeLastTwo(x: tf.TensorInfo, transpose: KernelFn, backend: unknown): tf.TensorInfo {
  const rank = x.shape.length;
  const perm = [...Array(rank).keys()];
  [perm[rank - 2], perm[rank - 1]] = [perm[rank - 1], perm[rank - 2]];
  return transpose({ inputs: { x }, backend, attrs: { perm } }) as tf.TensorInfo;
}

function fixedBatchMatMul(original: tf.KernelConfig): tf.KernelConfig {
  const run = original.kernelFunc as unknown as KernelFn;
  const transpose = originalKernel('Transpose').kernelFunc as unknown as KernelFn;
  return {
    ...original,
    kernelFunc: ((args: Parameters<KernelFn>[0]) => {
      const attrs = (args.attrs ?? {}) as { transposeA?: boolean; transposeB?: boolean };
      if (!attrs.transposeA && !attrs.transposeB) return run(args);
      const backend = args.backend as WasmBackendInternals;
      const a = args.inputs.a as tf.TensorInfo;
      const b = args.inputs.b as tf.TensorInfo;
      const at = attrs.transposeA ? transposeLastTwo(a, transpose, backend) : a;
      const bt = attrs.transposeB ? transposeLastTwo(b, transpose, backend) : b;
      try {
        return run({
          inputs: { a: at, b: bt },
          backend,
          attrs: { ...args.attrs, transposeA: false, transposeB: false },
        });
      } finally {
        if (at !== a) backend.disposeData(at.dataId);
        if (bt !== b) backend.disposeData(bt.dataId);
      }
    }) as unknown as tf.KernelFunc,
  };
}

function fixedSlice(original: tf.KernelConfig): tf.KernelConfig {
  const run = original.kernelFunc as unknown as KernelFn;
  return {
    ...original,
    kernelFunc: ((args: Parameters<KernelFn>[0]) => {
      const x = args.inputs.x as tf.TensorInfo;
      if (x.dtype === 'string' || x.dtype === 'complex64') return run(args);
      const attrs = args.attrs as { begin: number | number[]; size?: number | number[] };
      const xTensor = { shape: x.shape, rank: x.shape.length } as unknown as tf.Tensor;
      const [begin, size] = tf.slice_util.parseSliceParams(xTensor, attrs.begin, attrs.size);
      if (!tf.slice_util.isSliceContinous(x.shape, begin, size)) return run(args);
      const backend = args.backend as WasmBackendInternals;
      // Allocate first: growing the wasm heap would detach any view taken before.
      const out = backend.makeOutput(size, x.dtype);
      const strides = tf.util.computeStrides(x.shape);
      const offset = tf.slice_util.computeFlatOffset(begin, strides);
      const length = tf.util.sizeFromShape(size);
      const source = backend.typedArrayFromHeap(x);
      backend.typedArrayFromHeap(out).set(source.subarray(offset, offset + length));
      return out;
    }) as unknown as tf.KernelFunc,
  };
}

const FIXES: Readonly<Record<string, (original: tf.KernelConfig) => tf.KernelConfig>> = {
  BatchMatMul: fixedBatchMatMul,
  Slice: fixedSlice,
};
const stockKernels = new Map<string, tf.KernelConfig>();

/**
 * Switches between our kernels and the stock ones. Only the benchmark turns the fixes off, to
 * measure its baseline in the same run.
 */
export function useKernelFixes(enabled: boolean): void {
  for (const [name, fix] of Object.entries(FIXES)) {
    if (!stockKernels.has(name)) stockKernels.set(name, originalKernel(name));
    const stock = stockKernels.get(name)!;
    tf.unregisterKernel(name, 'wasm');
    tf.registerKernel(enabled ? fix(stock) : stock);
  }
}

let ready: Promise<void> | undefined;

/**
 * Selects the wasm backend with the kernel fixes. Idempotent; every entry point that runs a
 * network awaits it first.
 */
export function initTensorflow(): Promise<void> {
  ready ??= (async () => {
    const ok = await tf.setBackend('wasm');
    if (!ok) throw new Error('could not initialise the tfjs wasm backend');
    await tf.ready();
    useKernelFixes(true);
  })();
  return ready;
}

export { tf };
