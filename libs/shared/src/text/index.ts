export * from './normalize';
export * from './dates';
