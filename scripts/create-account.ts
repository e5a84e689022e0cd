// Creates an account with one access key and prints it as JSON:
//   node -r ./scripts/register.cjs scripts/create-account.ts [--name <name>] [--account-id <12 digits>]
import { createAccount, createDataSource } from '@tollgate/persistence';

function option(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

async function main(): Promise<void> {
  const dataSource = createDataSource(process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test', { poolSize: 1 });
  await dataSource.initialize();
  try {
    const created = await createAccount(dataSource, { name: option('name'), accountId: option('account-id') });
    console.log(JSON.stringify(created, null, 2));
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  console.error('create-account failed:', error instanceof Error ? error.message : error);
  process.exit(1);
});
