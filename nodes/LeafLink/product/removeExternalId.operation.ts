import { removeExternalIdOperation } from '../shared/externalIds';
import { productLocator, productPath } from './shared';

export const { description, execute } = removeExternalIdOperation({ locator: productLocator, path: productPath, label: 'product' });
