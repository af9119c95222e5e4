import type { VariableName } from '../../common/variables.js';
import { validateCard, type NowcastCard } from '../../common/nowcast/card.js';
import { isWxError } from '../../common/errors.js';

export interface AgentCapabilities {
  variables: readonly VariableName[];
  samplingIntervalMs: number;
}

/** Agent variables each model input or output needs (any one of a list will do). */
const NEEDS: Record<string, readonly VariableName[][]> = {
  temperature: [['temperature']],
  pressure: [['pressure']],
  dew_point: [['dew_point', 'relative_humidity']],
  relative_humidity: [['dew_point', 'relative_humidity']],
  wind_u: [['wind_speed'], ['wind_direction']],
  wind_v: [['wind_speed'], ['wind_direction']],
  wind_speed: [['wind_speed']],
  precipitation: [['precipitation']],
};

/** Whether this agent can feed a model: [] = usable, else reasons, each naming the card field. */
export function checkContract(card: unknown, caps: AgentCapabilities): string[] {
  let c: NowcastCard;
  try {
    c = validateCard(card);
  } catch (err) {
    return isWxError(err) && err.details.length > 0 ? err.details : [(err as Error).message];
  }
  const reasons: string[] = [];
  const has = new Set(caps.variables);
  const check = (field: string, name: string): void => {
    const needs = NEEDS[name];
    if (needs === undefined) {
      reasons.push(`${field}: ${name} is not a variable this agent knows`);
      return;
    }
    for (const anyOf of needs) {
      if (!anyOf.some((v) => has.has(v))) reasons.push(`${field}: ${name} needs ${anyOf.join(' or ')}, which this agent does not measure`);
    }
  };
  c.input.variables.forEach((v, i) => check(`input.variables.${i}`, v.name));
  c.output.variables.forEach((v, i) => check(`output.variables.${i}`, v.name));
  if (caps.samplingIntervalMs > c.timeStepMs) {
    reasons.push(`timeStepMs: model steps ${c.timeStepMs} ms, the agent samples only every ${caps.samplingIntervalMs} ms`);
  } else if (c.timeStepMs % caps.samplingIntervalMs !== 0) {
    reasons.push(`timeStepMs: ${c.timeStepMs} ms is not a multiple of the agent's ${caps.samplingIntervalMs} ms sampling interval`);
  }
  return reasons;
}
