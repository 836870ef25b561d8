// The ledgers' queries, split by what they hold; the service and the bench import them from here.
export * from './purchase-ledgers.query.repo';
export * from './purchase-ledgers.orders.repo';
export * from './purchase-ledgers.registers.repo';
export * from './purchase-ledgers.spend.repo';
