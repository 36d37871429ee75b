/** One dense layer's parameters: `kernel` is row-major `inputs × units`. */
export interface DenseWeights {
  readonly inputs: number;
  readonly units: number;
  readonly kernel: Float32Array;
  readonly bias: Float32Array;
}

function checkLayer(layer: DenseWeights, where: string): void {
  if (layer.kernel.length !== layer.inputs * layer.units)
    throw new Error(
      `${where}: kernel holds ${layer.kernel.length} values, expected ${layer.inputs}×${layer.units}`,
    );
  if (layer.bias.length !== layer.units)
    throw new Error(`${where}: bias holds ${layer.bias.length} values, expected ${layer.units}`);
}

/**
 * Joins several dense networks with the same input, output and depth into one dense network
 * whose logits are the mean of theirs: the hidden layers sit side by side (the first layer's
 * kernels concatenated by column, deeper ones block-diagonal, so no member sees another's
 * units), and the output layer sums the members' contributions divided by their count.
 *
 * Averaging logits of independently trained networks (a geometric-mean ensemble) corrects
 * errors that one network makes alone; joining keeps the result a single feedforward network
 * that every loader, the fast inference path and fine-tuning already handle.
 */
export function joinDenseNetworks(members: readonly (readonly DenseWeights[])[]): DenseWeights[] {
  const first = members[0];
  if (!first || first.length === 0) throw new Error('nothing to join: no networks given');
  const depth = first.length;
  members.forEach((layers, m) => {
    if (layers.length !== depth)
      throw new Error(`network ${m + 1} has ${layers.length} layers, network 1 has ${depth}`);
    layers.forEach((layer, l) => checkLayer(layer, `network ${m + 1}, layer ${l + 1}`));
    if (layers[0].inputs !== first[0].inputs)
      throw new Error(
        `network ${m + 1} takes ${layers[0].inputs} inputs, network 1 takes ${first[0].inputs}`,
      );
    if (layers[depth - 1].units !== first[depth - 1].units)
      throw new Error(
        `network ${m + 1} has ${layers[depth - 1].units} outputs, network 1 has ${first[depth - 1].units}`,
      );
    for (let l = 1; l < depth; l++) {
      if (layers[l].inputs !== layers[l - 1].units)
        throw new Error(`network ${m + 1}: layer ${l + 1} does not fit the layer before it`);
    }
  });

  const joined: DenseWeights[] = [];
  for (let l = 0; l < depth; l++) {
    const isFirst = l === 0;
    const isLast = l === depth - 1;
    const layers = members.map((network) => network[l]);
    const inputs = isFirst ? first[0].inputs : layers.reduce((s, layer) => s + layer.inputs, 0);
    const units = isLast ? first[l].units : layers.reduce((s, layer) => s + layer.units, 0);
    const kernel = new Float32Array(inputs * units);
    const bias = new Float32Array(units);
    const scale = isLast ? 1 / members.length : 1;
    let rowOffset = 0;
    let colOffset = 0;
    for (const layer of layers) {
      for (let r = 0; r < layer.inputs; r++) {
        const target = (rowOffset + r) * units + colOffset;
        for (let c = 0; c < layer.units; c++)
          kernel[target + c] = layer.kernel[r * layer.units + c] * scale;
      }
      for (let c = 0; c < layer.units; c++) bias[colOffset + c] += layer.bias[c] * scale;
      if (!isFirst) rowOffset += layer.inputs;
      if (!isLast) colOffset += layer.units;
    }
    joined.push({ inputs, units, kernel, bias });
  }
  return joined;
}
