export * from './week';
export * from './changes';
export * from './recurring';
