import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';

const browserGlobals = Object.fromEntries(
  [
    'window',
    'document',
    'navigator',
    'console',
    'setTimeout',
    'clearTimeout',
    'requestAnimationFrame',
    'cancelAnimationFrame',
    'performance',
    'fetch',
    'URL',
    'Blob',
    'File',
    'FileReader',
    'HTMLElement',
    'HTMLCanvasElement',
    'HTMLInputElement',
    'PointerEvent',
    'KeyboardEvent',
    'EventSource',
    'ResizeObserver',
    'Image',
    'ClipboardEvent',
    'DragEvent',
  ].map((name) => [name, 'readonly']),
);

/**
 * The layers, top to bottom: the shells and tools, then services, then training and logic
 * (siblings that may not import each other), then recognition. A file may import its own layer
 * and the layers below it; `above` lists, for each folder, the folders it may not import.
 */
const TOP = ['electron', 'renderer', 'e2e', 'scripts'];
const LAYER_ABOVE = {
  recognition: [...TOP, 'services', 'training', 'logic'],
  training: [...TOP, 'services', 'logic'],
  logic: [...TOP, 'services', 'training'],
  services: TOP,
};

/** `no-restricted-imports` patterns that refuse relative imports reaching into `folders`. */
const intoFolders = (folders, message) =>
  // Relative paths only: an alias (`@services/logic`) names an entry, never a folder to reach into.
  folders.map((folder) => ({ group: [`../**/${folder}`, `../**/${folder}/**`], message }));

const layerRules = Object.entries(LAYER_ABOVE).map(([layer, above]) => ({
  files: [`${layer}/**/*.{ts,tsx,js,mjs}`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: intoFolders(
          above,
          `${layer}/ may import only its own layer and the layers below it (README: layers); move what both sides need down`,
        ),
      },
    ],
  },
}));

/**
 * The page reaches the layers below only through their entry files, by alias
 * (services/page-aliases.ts), so its imports say which layer they use and the layer decides
 * what it offers; it never imports the shells, training or logic.
 */
const pageRule = {
  files: ['renderer/**/*.{ts,tsx,js,mjs}'],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          ...intoFolders(
            ['services', 'recognition'],
            'the page imports services and recognition only through their entries: @services/contract, @services/logic, @recognition (services/page-aliases.ts)',
          ),
          ...intoFolders(
            ['electron', 'e2e', 'scripts', 'training', 'logic'],
            'the page may not import the shells, training or logic: logic reaches it through @services/logic',
          ),
          {
            regex: '^@(services|recognition)/(?!contract$|logic$|logic/testing$|testing$)',
            message:
              'past a layer entry: use @services/contract, @services/logic, @recognition or their /testing',
          },
        ],
      },
    ],
  },
};

export default tseslint.config(
  {
    ignores: ['node_modules', 'dist', 'out', 'coverage', '.cache', 'models/**/*.json'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      eqeqeq: ['error', 'always'],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: browserGlobals },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  ...layerRules,
  pageRule,
);
