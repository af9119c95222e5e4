import { parseArgs, type ParseArgsConfig } from 'node:util';
import { WxError } from './errors.js';

export interface OptionSpec {
  type: 'string' | 'boolean';
  /** Environment variable that supplies the value when the flag is absent. */
  env?: string;
  default?: string | boolean;
  short?: string;
  description: string;
}

export type OptionSpecs = Record<string, OptionSpec>;
export type ParsedOptions<S extends OptionSpecs> = {
  [K in keyof S]: S[K]['type'] extends 'boolean' ? boolean : string | undefined;
};

/**
 * Parses flags with node:util parseArgs, then fills gaps from environment variables and defaults
 * (flag > env > default). Unknown flags are an error naming the flag.
 */
export function parseCli<S extends OptionSpecs>(
  specs: S,
  argv: string[] = process.argv.slice(2),
  env: NodeJS.ProcessEnv = process.env,
): { options: ParsedOptions<S>; positionals: string[] } {
  const config: ParseArgsConfig = {
    args: argv,
    allowPositionals: true,
    strict: true,
    options: Object.fromEntries(
      Object.entries(specs).map(([name, s]) => [name, s.short ? { type: s.type, short: s.short } : { type: s.type }]),
    ),
  };
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs(config);
  } catch (err) {
    throw new WxError('WX_ERR_ARGS_INVALID', (err as Error).message, { cause: err });
  }
  const options: Record<string, string | boolean | undefined> = {};
  for (const [name, spec] of Object.entries(specs)) {
    const fromFlag = parsed.values[name];
    const fromEnv = spec.env ? env[spec.env] : undefined;
    if (fromFlag !== undefined) options[name] = fromFlag as string | boolean;
    else if (fromEnv !== undefined && fromEnv !== '') options[name] = spec.type === 'boolean' ? /^(1|true|yes|on)$/i.test(fromEnv) : fromEnv;
    else options[name] = spec.default ?? (spec.type === 'boolean' ? false : undefined);
  }
  return { options: options as ParsedOptions<S>, positionals: parsed.positionals };
}

export function helpText(command: string, summary: string, specs: OptionSpecs, usage = `${command} [options]`): string {
  const lines = [`Usage: ${usage}`, '', summary, '', 'Options:'];
  for (const [name, s] of Object.entries(specs)) {
    const flag = `${s.short ? `-${s.short}, ` : '    '}--${name}${s.type === 'string' ? ' <value>' : ''}`;
    const extra = [s.env ? `env ${s.env}` : '', s.default !== undefined && s.default !== false ? `default ${String(s.default)}` : '']
      .filter(Boolean)
      .join('; ');
    lines.push(`  ${flag.padEnd(34)} ${s.description}${extra ? ` (${extra})` : ''}`);
  }
  return lines.join('\n') + '\n';
}

/** An integer option within [min, max], with the error naming the option. */
export function parseIntOption(value: string | undefined, option: string, min: number, max: number): number {
  const n = Number(value);
  if (value === undefined || value.trim() === '' || !Number.isInteger(n) || n < min || n > max) {
    throw new WxError('WX_ERR_ARGS_INVALID', `--${option}: expected an integer in [${min}, ${max}], got ${JSON.stringify(value)}`, { field: option });
  }
  return n;
}

/** "host:port" -> parts, with the error naming the option. `[::1]:1883` is accepted too. */
export function parseHostPort(value: string, option: string): { host: string; port: number } {
  const m = /^(?:\[([^\]]+)\]|([^:]+)):(\d{1,5})$/.exec(value);
  const port = m ? Number(m[3]) : NaN;
  if (!m || port > 65535) {
    throw new WxError('WX_ERR_ARGS_INVALID', `--${option}: expected host:port, got ${JSON.stringify(value)}`, { field: option });
  }
  return { host: (m[1] ?? m[2])!, port };
}
