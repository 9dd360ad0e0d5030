export * from './week';
export * from './changes';
