/**
 * Initial conditions of an ensemble forecast from one analysis: member 0 is the analysis itself (the
 * control), member e > 0 adds Gaussian noise scaled by the analysis spread at each point, seeded per
 * (member, channel) so a forecast cycle is reproducible. White noise, not spatially correlated: the
 * simplest perturbation the analysis spread justifies; a smoother one is future work.
 */
import { WxError } from '../../common/errors.js';
import { mulberry32 } from '../../common/random.js';
import { normalGenerator } from '../assimilation/random-normal.js';
import type { InitialFieldFn } from './runner.js';

export function perturbedInitial(
  mean: Readonly<Record<string, ArrayLike<number>>>,
  spread: Readonly<Record<string, ArrayLike<number>>>,
  seed: number,
  channels: readonly string[],
): InitialFieldFn {
  return (member, _timeLevel, channel, out) => {
    const m = mean[channel];
    if (!m) throw new WxError('WX_ERR_PAYLOAD_INVALID', `analysis lacks channel '${channel}' the model needs`, { field: channel });
    const s = spread[channel];
    const gauss = normalGenerator(mulberry32(seed + 7919 * member + 104729 * Math.max(0, channels.indexOf(channel))));
    for (let p = 0; p < out.length; p++) {
      const sd = member === 0 || s === undefined ? 0 : Number(s[p]);
      out[p] = Number(m[p]) + (Number.isFinite(sd) ? sd * gauss() : 0);
    }
  };
}
