export * from './codes';
export * from './validation-messages';
