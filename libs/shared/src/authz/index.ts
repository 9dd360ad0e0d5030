export * from './permissions';
export * from './roles';
export * from './matrix';
export * from './member-policy';
export * from './media-policy';
export * from './matrix-doc';
