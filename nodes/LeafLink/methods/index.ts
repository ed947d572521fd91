/**
 * The node's one registry of searchable lists and dropdowns. A field names its method (`searchListMethod`,
 * `loadOptionsMethod`); test/methods.test.ts checks that every name a field gives is here.
 */
export { listSearch } from './listSearch';
export { loadOptions } from './loadOptions';
