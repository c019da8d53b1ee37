declare module 'virtual:glossary/compiled' {
  /** The CompiledGlossary as a JSON string. */
  const compiled: string;
  export default compiled;
}
declare module 'virtual:glossary/entries' {
  const entries: import('./schema').Entry[];
  export default entries;
}
