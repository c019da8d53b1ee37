declare module 'virtual:glossary/compiled' {
  /** The glossary as serializeGlossary() writes it: parse with parseGlossary(). */
  const compiled: string;
  export default compiled;
}
declare module 'virtual:glossary/entries' {
  const entries: import('./schema').Entry[];
  export default entries;
}
