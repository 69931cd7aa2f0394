// postman-collection-transformer ships no types; this is the one call postforge makes.
declare module 'postman-collection-transformer' {
  const transformer: {
    convert(
      collection: unknown,
      options: { inputVersion: string; outputVersion: string; retainIds?: boolean },
      callback: (error: unknown, converted: unknown) => void,
    ): void;
  };
  export default transformer;
}
