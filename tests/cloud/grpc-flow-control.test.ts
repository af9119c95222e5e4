import assert from 'node:assert/strict';
import { connect, type ClientHttp2Session } from 'node:http2';
import { test } from 'node:test';
import { validateCloudConfig } from '../../cloud/config.js';
import { startTestHub } from './helpers.js';

/** What the hub's ingest port advertises to a gateway: per-stream window and connection window. */
async function windows(address: string): Promise<{ stream: number; connection: number }> {
  const session: ClientHttp2Session = connect(`http://${address}`);
  try {
    await new Promise<void>((resolve, reject) => {
      session.once('remoteSettings', () => resolve());
      session.once('error', reject);
    });
    // The connection-level WINDOW_UPDATE follows the SETTINGS acknowledgement.
    const deadline = Date.now() + 2000;
    while (session.state.remoteWindowSize === 65_535 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
    return { stream: session.remoteSettings.initialWindowSize ?? 65_535, connection: session.state.remoteWindowSize ?? 0 };
  } finally {
    session.destroy();
  }
}

test('gateways may send 4 MiB ahead on the ingest port (stream and connection), not HTTP/2 64 KB', async () => {
  const hub = await startTestHub();
  try {
    const w = await windows(hub.grpc.address);
    assert.equal(w.stream, 4 * 1024 * 1024);
    assert.ok(w.connection >= 4 * 1024 * 1024, `connection window ${w.connection}`);
  } finally {
    await hub.stop();
  }
});

test('ingest.flowControlWindowKiB sets the window', async () => {
  const hub = await startTestHub({ ingest: { flowControlWindowKiB: 1024 } });
  try {
    const w = await windows(hub.grpc.address);
    assert.equal(w.stream, 1024 * 1024);
    assert.ok(w.connection >= 1024 * 1024 && w.connection < 4 * 1024 * 1024, `connection window ${w.connection}`);
  } finally {
    await hub.stop();
  }
});

test('a window outside 64..1048576 KiB is refused naming ingest.flowControlWindowKiB', () => {
  for (const bad of [10, 2_000_000, 'big']) {
    assert.throws(
      () => validateCloudConfig({ ingest: { flowControlWindowKiB: bad } }, 'cloud.yaml'),
      (err: Error & { code?: string; details?: string[] }) => {
        assert.equal(err.code, 'WX_ERR_CONFIG_INVALID');
        assert.ok(
          (err.details ?? []).some((d) => d.startsWith('ingest.flowControlWindowKiB')),
          `details: ${JSON.stringify(err.details)}`,
        );
        return true;
      },
    );
  }
  assert.equal(validateCloudConfig({}, 'cloud.yaml').ingest.flowControlWindowKiB, 4096);
});
