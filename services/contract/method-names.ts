/**
 * The method names of an API interface, as a list the compiler holds complete: a method added to
 * the interface and not to its list is a type error at the list, naming the missing method,
 * rather than a call that no transport forwards. Usage: `methodNames<Api>()([...] as const)`.
 */
export function methodNames<Api>() {
  return <const Names extends readonly (keyof Api & string)[]>(
    names: Names &
      ([Exclude<keyof Api, Names[number]>] extends [never]
        ? unknown
        : { readonly missing: Exclude<keyof Api, Names[number]> }),
  ): Names => names;
}
