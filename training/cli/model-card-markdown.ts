import {
  LOOKALIKE_GROUPS,
  NOT_A_SYMBOL,
  NOTATION_SYMBOL_NAMES,
  symbolByName,
} from '../../recognition/symbols.js';
import type { EvaluationReport } from '../eval/metrics.js';
import type { ModelCard } from '../../recognition/model-format/model-card.js';

/** What the card says about each of the networks the shipped model joins. */
export interface MemberSummary {
  readonly seed: number;
  readonly epochs: number;
  readonly trainingSeconds: number;
  readonly validationAccuracy: number | null;
}

const pct = (x: number) => `${(x * 100).toFixed(2)}%`;

export const DATA_CREDITS = `- **HASYv2**: Martin Thoma, "The HASYv2 dataset", arXiv:1701.08380, 2017. Open Database
  License (ODbL) 1.0. Derived from the Detexify and write-math.com collections. Taken from the
  GitHub repository Proyecto-7-MathVision-IA/Math-Client-App-HasyV2.
- **CROHME 2013/2014**: H. Mouchère, C. Viard-Gaudin, R. Zanibbi, U. Garain et al., ICDAR/ICFHR
  Competitions on Recognition of Online Handwritten Mathematical Expressions. Made available for
  research purposes. Taken from the GitHub repository Teruha/CROHME.
- **EMNIST**: G. Cohen, S. Afshar, J. Tapson, A. van Schaik, "EMNIST: an extension of MNIST to
  handwritten letters", IJCNN 2017 (NIST Special Database 19). Taken from the GitHub repository
  0r4nd/emnist-packed.`;

function worstClasses(report: EvaluationReport, count: number): string {
  const rows = Object.entries(report.perClass)
    .filter(([, c]) => c.n >= 10)
    .sort((a, b) => a[1].accuracy - b[1].accuracy)
    .slice(0, count)
    .map(([name, c]) => `| \`${name}\` | ${c.n} | ${pct(c.accuracy)} |`);
  return ['| class | samples | accuracy |', '|---|---:|---:|', ...rows].join('\n');
}

function confusions(report: EvaluationReport, count: number): string {
  return report.topConfusions
    .slice(0, count)
    .map((c) => `\`${c.trueClass}\`→\`${c.predicted}\` (${c.count})`)
    .join(', ');
}

/** `c/C, k/K, …, and ·/.`, from the symbol table's look-alike groups. */
function lookalikeList(): string {
  const groups = LOOKALIKE_GROUPS.map((g) => g.map((n) => symbolByName(n)?.char ?? n).join('/'));
  return `${groups.slice(0, -1).join(', ')} and ${groups[groups.length - 1]}`;
}

/** Below this raw accuracy on its larger test a class's card row says what it is taken for. */
const WEAK_CLASS = 0.8;

/** What a class is most often misread as, from the report's confusion matrix. */
function mostMistakenFor(report: EvaluationReport, name: string): string | null {
  const row = report.confusion[report.classes.indexOf(name)];
  if (!row) return null;
  let best = -1;
  row.forEach((count, j) => {
    if (report.classes[j] !== name && count > 0 && (best < 0 || count > row[best])) best = j;
  });
  return best < 0 ? null : report.classes[best];
}

const cell = (report: EvaluationReport | undefined, name: string): string => {
  const stats = report?.perClass[name];
  return stats ? `${stats.n} | ${pct(stats.accuracy)}` : '0 | –';
};

/**
 * The classes the data gained on 2026-12-04, on both test kinds: several have a tiny
 * writer-disjoint test (most of their samples come from HASYv2's anonymous pool), so neither
 * number alone tells how well the class reads.
 */
export function notationClassTable(reports: Readonly<Record<string, EvaluationReport>>): string {
  const { writer, random } = reports;
  const rows = NOTATION_SYMBOL_NAMES.map((name) => {
    const sizes = [writer, random].map((r) => r?.perClass[name]?.n ?? 0);
    const larger = sizes[0] >= sizes[1] ? writer : random;
    const accuracy = larger?.perClass[name]?.accuracy;
    const mistaken =
      larger && accuracy !== undefined && accuracy < WEAK_CLASS
        ? mostMistakenFor(larger, name)
        : null;
    const note = mistaken ? `mostly read as \`${symbolByName(mistaken)?.char ?? mistaken}\`` : '';
    return `| \`${name}\` ${symbolByName(name)?.char ?? ''} | ${cell(writer, name)} | ${cell(random, name)} | ${note} |`;
  });
  return [
    '| class | writer samples | writer accuracy | random samples | random accuracy | below 80% on its larger test |',
    '|---|---:|---:|---:|---:|---|',
    ...rows,
  ].join('\n');
}

/** The model card shipped as `models/default/README.md`, generated from the run's own numbers. */
export function renderModelCard(
  card: ModelCard,
  reports: Readonly<Record<string, EvaluationReport>>,
  networks: readonly MemberSummary[],
): string {
  const memberRows = networks
    .map(
      (n, i) =>
        `| ${i + 1} | ${n.seed} | ${n.epochs} | ${n.validationAccuracy === null ? '–' : pct(n.validationAccuracy)} | ${(n.trainingSeconds / 60).toFixed(1)} min |`,
    )
    .join('\n');
  const width = (units: number) => units / Math.max(1, networks.length);
  const hp = Object.entries(card.hyperparameters)
    .map(([k, v]) => `| ${k} | ${v} |`)
    .join('\n');
  const kinds = Object.entries(reports)
    .map(([kind, r]) => `| \`${kind}\` | ${r.n} | ${pct(r.accuracy)} | ${pct(r.mergedAccuracy)} |`)
    .join('\n');
  return `# ${card.name}: model card

The classifier Inkform ships: a dense feedforward network that reads one normalised 28×28
handwritten character and scores ${card.classes.length} classes: the formula symbols (logic
symbols, punctuation, a–z, A–Z, 0–9)${card.classes.includes(NOT_A_SYMBOL) ? ` and \`${NOT_A_SYMBOL}\`, ink that is no one symbol (half of one, two together), which the recogniser weighs its groupings of strokes and pieces of ink by and never gives as a reading` : ''}. Produced by \`npm run train:default\`; created ${card.createdAt}.

## Results on the shared test split (never trained on)

| test kind | samples | accuracy | look-alikes merged |
|---|---:|---:|---:|
${kinds}

\`writer\` holds every sample of writers none of whose samples were trained on: the honest
measure. \`random\` is a random part of HASYv2's anonymous pool and of EMNIST, not
writer-disjoint, but the only test for ⊤ ⊥ ⇒ ⇔ ∨ and most of ∀ ∃ ¬ ∧ ↔. "Look-alikes merged" counts
${lookalikeList()} as one class each: once a glyph is
scaled to 28×28 only its size, place and context in the formula can tell them apart, which is the
decoder's job.

Hardest classes on the writer-disjoint test (at least 10 samples):

${reports.writer ? worstClasses(reports.writer, 12) : '(no writer test)'}

Most frequent confusions (writer test): ${reports.writer ? confusions(reports.writer, 12) : '–'}.
${
  NOTATION_SYMBOL_NAMES.some((n) => card.classes.includes(n))
    ? `
### Arithmetic and textbook notation

The classes added with the shared data of 2026-12-04, raw (no look-alikes merged), on both test
kinds. Some are told from another symbol only by their size and place on the line or by the
formula around them (− from ¬'s bar and a dash, · from a full stop, ∼ from ¬ and ~, \`[\` from
\`(\`): the recogniser's decoder settles those, not the classifier.

${notationClassTable(reports)}
`
    : ''
}
## Training

- Network: ${networks.length} dense networks of 784-${card.network.hidden.map(width).join('-')}-${card.classes.length},
  ${card.network.activation}, dropout ${card.network.dropout}, trained alone from different seeds and
  joined side by side into one dense network of 784-${card.network.hidden.join('-')}-${card.classes.length}
  whose hidden layers are block-diagonal: no network sees another's units, and the output is the
  softmax of the mean of their logits. Networks trained from different starting points make
  different mistakes, so their mean makes fewer; joined, they stay one feedforward network that
  loads, runs and fine-tunes like any other.
- Algorithm: ${card.algorithm}, every network with the same hyperparameters (below) except the
  seed; each keeps the weights of its best validation epoch.

| network | seed | epochs | validation accuracy | training time |
|---:|---:|---:|---:|---:|
${memberRows}

- Data: ${card.data.trainSamples} training and ${card.data.validationSamples} validation samples per
  network (each holds out its own random part for validation; counting repeats of oversampled
  sources): ${card.data.sources.join('; ')}. Variants are folded into their class (long/short
  arrows); classes the symbol table does not have yet are left out. Augmentation: small random
  affine jitter and stroke thickness changes.
- Training time: ${(card.trainingSeconds / 60).toFixed(1)} minutes in all on a 2-core machine (tfjs
  wasm backend with SIMD, ${card.hyperparameters.threads ?? 1} training thread(s)).

| hyperparameter | value |
|---|---|
${hp}

## Data and credit

Trained on handwriting from these data sets; keep these credits with the model.

${DATA_CREDITS}

## Limitations

Characters are classified one at a time, without context: case pairs and look-alikes are left to
the formula decoder. The writer-disjoint test is mostly letters, digits and \`( ) , = →\`;
numbers for the rarer logic symbols come from the \`random\` test.
`;
}
