/**
 * Quality control on every reading (device agent). The public API of this folder: the engine, the
 * schema of a firmware config's `qc` section and its defaults. QC never changes or drops a value; it
 * flags it (wx.v1.QcFlag) and says which tests fired (wx.v1.QcTest bits).
 *
 * One test per file under tests/: range, step, spike, persistence, consistency, clock.
 */
export type * from './types.js';
export { createQcEngine } from './engine.js';
export { qcConfigSchema } from './schema.js';
export { defaultQcConfig } from './defaults.js';
