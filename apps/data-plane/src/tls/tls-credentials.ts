import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { generate } from 'selfsigned';

export interface TlsCredentials {
  readonly cert: string;
  readonly key: string;
}

/** Reads the configured certificate and key. */
export async function readTlsFiles(certFile: string, keyFile: string): Promise<TlsCredentials> {
  const [cert, key] = await Promise.all([readFile(certFile, 'utf8'), readFile(keyFile, 'utf8')]);
  return { cert, key };
}

/**
 * The self-signed certificate kept in `dir` (generated on first start), valid for the domain, its
 * `*.execute-api.*` names and loopback, so AWS-style hostnames work over HTTPS locally.
 */
export async function loadOrCreateSelfSigned(dir: string, domain: string): Promise<TlsCredentials> {
  const certFile = join(dir, 'data-plane.crt');
  const keyFile = join(dir, 'data-plane.key');
  try {
    return await readTlsFiles(certFile, keyFile);
  } catch {
    const created = await generateSelfSigned(domain);
    await mkdir(dir, { recursive: true });
    await writeFile(keyFile, created.key, { mode: 0o600 });
    await writeFile(certFile, created.cert);
    return created;
  }
}

export async function generateSelfSigned(domain: string): Promise<TlsCredentials> {
  const names = new Set([domain, `*.${domain}`, `*.execute-api.${domain}`, `*.execute-api.us-east-1.${domain}`, 'localhost', '*.localhost']);
  const altNames: { type: 2 | 7; value?: string; ip?: string }[] = [...names].map((value) => ({ type: 2, value }));
  altNames.push({ type: 7, ip: '127.0.0.1' });
  const pems = await generate([{ name: 'commonName', value: domain }], {
    keyType: 'ec',
    curve: 'P-256',
    notAfterDate: new Date(Date.now() + 825 * 24 * 3600 * 1000),
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'subjectAltName', altNames },
    ],
  });
  return { cert: pems.cert, key: pems.private };
}
