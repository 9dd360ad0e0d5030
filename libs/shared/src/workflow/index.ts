export * from './states';
export * from './transitions';
export * from './policy';
