/**
 * The Lorenz (1996) model for the twin experiment: dx_i/dt = (x_{i+1} − x_{i−2}) x_{i−1} − x_i + F on a
 * ring of n variables, integrated by classical RK4. Not a test file: shared by the twin-experiment
 * tests. Buffers are allocated once per model.
 */
export class Lorenz96 {
  private readonly k1: Float64Array;
  private readonly k2: Float64Array;
  private readonly k3: Float64Array;
  private readonly k4: Float64Array;
  private readonly tmp: Float64Array;

  constructor(
    readonly n: number,
    readonly forcing: number,
    readonly dt: number,
  ) {
    this.k1 = new Float64Array(n);
    this.k2 = new Float64Array(n);
    this.k3 = new Float64Array(n);
    this.k4 = new Float64Array(n);
    this.tmp = new Float64Array(n);
  }

  tendency(x: Float64Array, out: Float64Array, off = 0): void {
    const n = this.n;
    for (let i = 0; i < n; i++) {
      const xp1 = x[off + ((i + 1) % n)] as number;
      const xm1 = x[off + ((i - 1 + n) % n)] as number;
      const xm2 = x[off + ((i - 2 + n) % n)] as number;
      out[i] = (xp1 - xm2) * xm1 - (x[off + i] as number) + this.forcing;
    }
  }

  /** One RK4 step of the state x[off .. off+n-1], in place. */
  step(x: Float64Array, off = 0): void {
    const { n, dt, k1, k2, k3, k4, tmp } = this;
    this.tendency(x, k1, off);
    for (let i = 0; i < n; i++) tmp[i] = (x[off + i] as number) + 0.5 * dt * (k1[i] as number);
    this.tendency(tmp, k2);
    for (let i = 0; i < n; i++) tmp[i] = (x[off + i] as number) + 0.5 * dt * (k2[i] as number);
    this.tendency(tmp, k3);
    for (let i = 0; i < n; i++) tmp[i] = (x[off + i] as number) + dt * (k3[i] as number);
    this.tendency(tmp, k4);
    for (let i = 0; i < n; i++) {
      x[off + i] = (x[off + i] as number) + (dt / 6) * ((k1[i] as number) + 2 * (k2[i] as number) + 2 * (k3[i] as number) + (k4[i] as number));
    }
  }
}

export function rmse(a: Float64Array, b: Float64Array, n = a.length): number {
  let s = 0;
  for (let i = 0; i < n; i++) s += ((a[i] as number) - (b[i] as number)) ** 2;
  return Math.sqrt(s / n);
}
