import { randomBytes } from 'node:crypto';
import type { Services } from '../../context.ts';
import type { Integration } from './types.ts';

const secret = () => randomBytes(16).toString('hex');

/**
 * Creates and activates an integration (Admin > System > Integrations), returning its consumer
 * key and secret and its access token and secret (32 characters each, as Magento checks their
 * length). `resources` is `'all'` or a list of ACL ids; a name already known keeps its
 * credentials and gets the new resources. Its requests sign with OAuth 1.0a (`oauth.ts`), or use
 * the access token as a bearer when `oauth/consumer/enable_integration_as_bearer` = 1.
 * @see Magento\Integration\Model\IntegrationService, Magento\Integration\Model\OauthService
 */
export function createIntegration(
  s: Services,
  name: string,
  resources: Integration['resources'] = 'all',
): Integration {
  const existing = s.store.all<Integration>('integrations').find((i) => i.name === name);
  const integration: Integration = existing ?? {
    id: s.store.nextId('integrations'),
    name,
    consumer_key: secret(),
    consumer_secret: secret(),
    access_token: secret(),
    access_token_secret: secret(),
    resources,
  };
  s.store.put('integrations', String(integration.id), { ...integration, resources });
  return { ...integration, resources };
}
