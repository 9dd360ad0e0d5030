export * from './normalize';
export * from './dates';
export * from './legacy';
