/**
 * Which module owns which table: the one list the boundaries test holds every repo to.
 * A module's repos query only its own tables; another module's rows come through that
 * module's service, or, for a join, through the fragments its `<module>.reads.repo.ts`
 * publishes. A new migration's table is added here under the module that keeps it.
 */
export const MODULE_TABLES: Readonly<Record<string, readonly string[]>> = {
  units: ['units'],
  users: ['users', 'role_grants'],
  auth: ['sessions', 'login_throttle'],
  audit: ['audit_log'],
  notifications: ['notifications'],
  approvals: ['approval_policies', 'approval_requests', 'approval_request_steps', 'approval_actions', 'approval_delegations'],
  items: ['items'],
  suppliers: ['suppliers', 'supplier_violations'],
  'supplier-contacts': ['supplier_contacts', 'supplier_contact_invites'],
  inquiries: ['inquiries', 'inquiry_lines', 'inquiry_suppliers', 'inquiry_quotes', 'inquiry_quote_lines'],
  prices: ['price_observations'],
  customers: ['customers'],
  'ad-slots': ['ad_slots'],
  'ad-rate-cards': ['ad_rate_cards', 'ad_rate_card_prices'],
  'ad-discount-authority': ['ad_discount_authority'],
  'ad-quotes': ['ad_quotes', 'ad_quote_lines', 'ad_quote_counters', 'ad_slot_bookings'],
  numbering: ['document_counters'],
  idempotency: ['idempotency_keys'],
  attachments: ['attachments'],
  'planning-calendar': ['planning_calendar'],
  'purchase-requests': ['purchase_requests', 'purchase_request_lines'],
  budgets: ['budgets'],
  'purchase-plans': ['purchase_plans', 'purchase_plan_lines', 'purchase_plan_sources'],
  stock: ['stock_moves', 'stock_balances'],
  'purchase-orders': ['purchase_orders', 'purchase_order_lines', 'virtual_contracts', 'purchase_deliveries', 'purchase_delivery_lines', 'purchase_returns'],
  'payment-requests': ['payment_requests', 'payment_request_orders', 'payments'],
  'purchase-invoices': ['purchase_invoices', 'purchase_invoice_orders', 'invoice_handovers'],
  'ad-agreements': ['ad_agreements', 'ad_agreement_lines', 'ad_agreement_instalments', 'ad_agreement_documents'],
  accounts: ['accounts'],
  periods: ['accounting_periods'],
  journal: ['journal_entries', 'journal_lines'],
  collections: ['collections', 'collection_allocations'],
  'income-recognition': ['income_recognitions'],
  'ledger-reports': ['ledger_balance_periods', 'ledger_balances'],
  negotiations: ['negotiations', 'negotiation_versions', 'negotiation_lines', 'negotiation_comments'],
  'e-contracts': ['e_contracts', 'e_contract_signatures'],
};
