// `node scripts/start-database.mjs <DATABASE_URL>`: creates the database named in the URL if it is
// missing (connects to the server's `postgres` database). Uses the project's `pg` dependency.
import pg from 'pg';

async function main(databaseUrl) {
  const target = new URL(databaseUrl);
  const name = decodeURIComponent(target.pathname.slice(1));
  if (!name) throw new Error(`DATABASE_URL names no database: ${databaseUrl}`);
  const admin = new URL(databaseUrl);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString() });
  // A server that has just been started may refuse connections for a few seconds.
  for (let attempt = 1; ; attempt++) {
    try {
      await client.connect();
      break;
    } catch (error) {
      if (attempt >= 40 || error.code !== '57P03' && error.code !== 'ECONNREFUSED') throw error;
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (rowCount > 0) return console.log(`[db] database "${name}" exists`);
    await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
    console.log(`[db] created database "${name}"`);
  } finally {
    await client.end();
  }
}

main(process.argv[2]).catch((error) => {
  console.error(`[db] could not create the database: ${error.message}`);
  if (/password authentication|no password/i.test(error.message)) {
    console.error('[db] the server wants a password: put it in DATABASE_URL (postgres://user:password@host:port/db)');
  }
  process.exit(1);
});
