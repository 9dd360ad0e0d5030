export * from './schema';
export * from './article';
export * from './page';
export * from './types';
export * from './images';
