export * from './document-types';
export * from './issuer-levels';
export * from './document-number';
export * from './plain-date';
export * from './relations';
export * from './validity';
export * from './validity-reason';
