// Shared jest settings. NestJS 12 and a few of its dependencies ship ESM only: transform them with swc.
const esmPackages = [
  '@nestjs',
  'file-type',
  'load-esm',
  'uid',
  'strtok3',
  'token-types',
  '@tokenizer',
  '@electric-sql',
  'content-disposition',
  // light-my-request (Fastify's inject, which the server-rendered portal reads the API with) needs cookie 2.
  'cookie',
  // sanitize-html's parser family (htmlparser2 12 and its dependencies are ESM only).
  'htmlparser2',
  'domhandler',
  'domutils',
  'domelementtype',
  'dom-serializer',
  'entities',
  // file-type's own dependencies (media sniffing), ESM only as well.
  '@borewit',
  'uint8array-extras',
];
module.exports = {
  testEnvironment: 'node',
  transform: {
    '^.+\\.(t|j|cj|mj)s$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: true },
          target: 'es2022',
        },
        module: { type: 'commonjs' },
      },
    ],
  },
  transformIgnorePatterns: [`/node_modules/(?!(${esmPackages.join('|')})/)`],
  moduleFileExtensions: ['ts', 'js', 'cjs', 'mjs', 'json'],
};
