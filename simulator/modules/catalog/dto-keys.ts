/**
 * Magento maps request fields to DTO setters by camel-casing the key (`attribute_set_id` and
 * `attributeSetId` both reach `setAttributeSetId`), so either spelling is accepted. This turns every
 * key of a request object into the snake_case the records use.
 * @see Magento\Framework\Api\SimpleDataObjectConverter::snakeCaseToUpperCamelCase
 */
export function snakeKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(snakeKeys);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>).map(([k, v]) => [toSnake(k), snakeKeys(v)]),
  );
}

export function toSnake(key: string): string {
  return key.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();
}
