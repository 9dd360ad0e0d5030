// One lint configuration for the workspace; CI runs it with --max-warnings 0.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import vue from 'eslint-plugin-vue';

// ---------------------------------------------------------------------------------------------------------
// Boundaries (docs/architecture.md, "Boundaries"). ESLint's own no-restricted-imports, one rule whose options
// differ by directory and by file kind. Flat config keeps only the last matching block's options for a rule,
// so every block below carries the whole list of patterns that apply to its files (built by `apiPatterns`).
// ---------------------------------------------------------------------------------------------------------

/** Matches imports of an app, by package name or by a relative path into its folder. */
const appImport = (apps) => `^@congxa/(${apps})(/|$)|(^|/)apps/(${apps})(/|$)|^(\\.\\./)+(${apps})/src(/|$)`;

const NO_OTHER_APP = {
  regex: appImport('admin|public'),
  message: 'Nothing imports an app: share code through libs/shared (@congxa/shared/...).',
};
const COMMON_NOT_MODULES = {
  regex: '(^|/)modules(/|$)',
  message:
    'common/ never imports a domain module. Declare what common needs (an abstract class used as a Nest token, like common/auth/lookups.ts) and let the module implement it.',
};
const COMMON_NOT_APP_ROOT = {
  regex: '^(\\.\\./)+(entities|app\\.module|bootstrap|main|cli)$',
  message: "common/ never imports the app's composition root (it imports every module); take what you need as a parameter.",
};
const ONLY_DATA_FILES_IMPORT_TYPEORM = {
  regex: '^(@nestjs/)?typeorm(/.*)?$',
  message:
    'Only repositories touch TypeORM (style rule 5): *.repository.ts, *.entity.ts, common/database/**, test-support and tests may import it. Move the query into a repository.',
};
/** From a file `depth` folders below its module's folder, a path into another module's folder. */
const otherModule = (depth, suffix) => `^(\\.\\./){${depth + 1}}(\\.\\./modules/)?[^./][^/]*/(.+/)?[^/]+\\.${suffix}(\\.js)?$`;
const OTHER_MODULE_REPOSITORY = (depth) => ({
  regex: otherModule(depth, 'repository'),
  message: "Another module's repository: use the service that module exports (style rule 3/5).",
});
const OTHER_MODULE_ENTITY = (depth) => ({
  regex: otherModule(depth, 'entity'),
  allowTypeImports: true,
  message:
    "Another module's entity as a value reaches into its table: ask that module's exported service. Entity files may import other entities for relations; `import type` is allowed anywhere.",
});
/** Db's data access; services keep only db.transaction(). A naming heuristic: Db is always injected as `db`. */
const DB_ACCESS_OUTSIDE_REPOSITORY = {
  selector: "MemberExpression[property.name=/^(repo|manager|dataSource|unlessReferenced)$/]:matches([object.name='db'], [object.property.name='db'])",
  message:
    'Db.repo/manager/dataSource/unlessReferenced are for repositories (style rule 5): move the query into a *.repository.ts; services use db.transaction() only.',
};

const API = 'apps/api/src';
const KINDS = {
  // `other` first: the later, narrower blocks override it for their kind.
  other: ['*.ts'],
  repository: ['*.repository.ts'],
  entity: ['*.entity.ts'],
  test: ['*.spec.ts', '*.int-spec.ts', '*.e2e-spec.ts'],
};
const MODULE_DEPTHS = [0, 1, 2, 3, 4];
const LOCATIONS = [
  // The app root (main, cli, bootstrap, app.module, entities): the composition root, may import every module.
  { dirs: [`${API}/`], typeormOk: false },
  { dirs: [`${API}/test-support/**/`, 'apps/api/test/**/'], typeormOk: true },
  { dirs: [`${API}/common/**/`], common: true, typeormOk: false },
  // After common/**, so that it overrides it: the database folder is where TypeORM is set up.
  { dirs: [`${API}/common/database/**/`], common: true, typeormOk: true },
  ...MODULE_DEPTHS.map((depth) => ({ dirs: [`${API}/modules/*/${'*/'.repeat(depth)}`], depth, typeormOk: false })),
];

function apiPatterns(location, kind) {
  const patterns = [NO_OTHER_APP];
  if (location.common) patterns.push(COMMON_NOT_MODULES, COMMON_NOT_APP_ROOT);
  if (!location.typeormOk && kind === 'other') patterns.push(ONLY_DATA_FILES_IMPORT_TYPEORM);
  if (location.depth !== undefined) {
    patterns.push(OTHER_MODULE_REPOSITORY(location.depth));
    if (kind !== 'entity') patterns.push(OTHER_MODULE_ENTITY(location.depth));
  }
  return patterns;
}

const apiBoundaries = LOCATIONS.flatMap((location) =>
  Object.entries(KINDS).map(([kind, names]) => ({
    files: location.dirs.flatMap((dir) => names.map((name) => dir + name)),
    rules: {
      'no-restricted-imports': ['error', { patterns: apiPatterns(location, kind) }],
      'no-restricted-syntax': !location.typeormOk && kind === 'other' ? ['error', DB_ACCESS_OUTSIDE_REPOSITORY] : 'off',
    },
  })),
);

const NO_SERVER = { regex: '^(@nestjs/|typeorm(/|$)|@nestjs/typeorm(/|$))', message: 'The server stack (NestJS, TypeORM) stays in apps/api.' };
const NO_VUE = { regex: '^(vue|vue-router|vue-i18n|pinia)(/|$)|^@vue/', message: 'libs/shared imports no Vue: it is shared with the API.' };

const workspaceBoundaries = [
  {
    files: ['libs/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            NO_SERVER,
            NO_VUE,
            { regex: `${appImport('api|admin|public')}|(^|/)apps/`, message: 'libs/shared imports no app: apps depend on it, never the reverse.' },
          ],
        },
      ],
    },
  },
  {
    files: ['apps/admin/**/*.{ts,vue}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            NO_SERVER,
            { regex: appImport('api|public'), message: 'Nothing imports an app: types and rules shared with the API live in libs/shared.' },
          ],
        },
      ],
    },
  },
  {
    files: ['apps/public/**/*.{ts,vue}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [NO_SERVER, { regex: appImport('api|admin'), message: 'Nothing imports an app: types and rules shared with the API live in libs/shared.' }],
        },
      ],
    },
  },
];

export default tseslint.config(
  {
    ignores: ['**/dist/**', '**/dist-server/**', '**/node_modules/**', 'data/**', 'coverage/**', 'test-output/**', '**/*.cjs', '**/*.mjs', '**/vite.config.ts'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...vue.configs['flat/recommended'],
  {
    files: ['**/*.ts', '**/*.vue'],
    languageOptions: {
      parserOptions: {
        parser: tseslint.parser,
        projectService: true,
        extraFileExtensions: ['.vue'],
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-unsafe-function-type': 'off',
      // TypeScript checks undefined names (and knows the DOM); the core rule does not.
      'no-undef': 'off',
      'vue/multi-word-component-names': 'off',
      'vue/max-attributes-per-line': 'off',
      'vue/singleline-html-element-content-newline': 'off',
      'vue/html-self-closing': 'off',
      'vue/html-indent': 'off',
      'vue/html-closing-bracket-newline': 'off',
      'vue/multiline-html-element-content-newline': 'off',
    },
  },
  {
    // NestJS injects by the runtime type of constructor parameters: those imports must stay value imports.
    files: ['apps/api/src/**/*.ts'],
    rules: { '@typescript-eslint/consistent-type-imports': 'off' },
  },
  ...apiBoundaries,
  ...workspaceBoundaries,
);
