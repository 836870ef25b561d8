/**
 * English nouns agree with their count; Chinese has no plural and never needs this. A text says
 * `{total|order|orders}` where it would say `{total} orders`, and renders "1 order", "2 orders",
 * "0 orders", "1,024 orders". The words may be a phrase whose verb agrees too:
 * `{count|price needs|prices need} fixing`. Both the web's I18n and the API's messages fill
 * these before their plain `{name}` placeholders.
 */
const COUNTED = /\{(\w+)\|([^|{}]*)\|([^|{}]*)\}/g;

export function fillCounts(template: string, params: Record<string, unknown> | undefined): string {
  if (!params || !template.includes('|')) return template;
  return template.replace(COUNTED, (whole, name: string, one: string, other: string) => {
    const value = params[name];
    if (typeof value !== 'number' && typeof value !== 'string') return whole;
    // A count may come formatted ('1,024'); only exactly one is singular.
    const n = typeof value === 'number' ? value : Number(value.replace(/,/g, ''));
    return `${value} ${n === 1 ? one : other}`;
  });
}
