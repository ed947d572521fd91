import { setExternalIdOperation } from '../shared/externalIds';
import { productLocator, productPath } from './shared';

export const { description, execute } = setExternalIdOperation({ locator: productLocator, path: productPath, label: 'product' });
