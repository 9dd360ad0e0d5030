export * from './schema';
export * from './article';
export * from './page';
export * from './document';
export * from './types';
export * from './images';
