export * from './schema';
export * from './article';
export * from './page';
export * from './document';
export * from './procedure';
export * from './schedule';
export * from './types';
export * from './images';
