/**
 * wx.v1.Fields over gRPC: the same queries as the REST field routes (cloud/fields/query.ts), for
 * programs. Requests are validated here, at the boundary; errors map to gRPC status in
 * cloud/ingest/status.ts, the one place that does it.
 */
import type { sendUnaryData, ServerUnaryCall, UntypedServiceImplementation } from '@grpc/grpc-js';
import { WxError } from '../../common/errors.js';
import type { LatestAnalysisRequest, PointForecastRequest, TileRequest } from '../../protos/index.js';
import { toGrpcStatus } from '../ingest/status.js';
import type { ReadAccess } from '../access/read-access.js';
import type { FieldQueries } from './query.js';
import { renderTile } from './tiles.js';

const nan = (x: number | null): number => (x === null ? NaN : x);

function checkPoint(lat: number, lon: number): void {
  if (!(lat >= -90 && lat <= 90)) throw new WxError('WX_ERR_QUERY_INVALID', 'lat_deg must be in [-90, 90]', { field: 'lat_deg' });
  if (!(lon >= -180 && lon <= 360)) throw new WxError('WX_ERR_QUERY_INVALID', 'lon_deg must be in [-180, 360]', { field: 'lon_deg' });
}

/** A unary handler: the reader check (api.readers), then the query; a WxError becomes its gRPC status. */
function unaryWith(access: ReadAccess | undefined) {
  return <Req, Res>(handler: (req: Req) => Promise<Res>) =>
    (call: ServerUnaryCall<Req, Res>, callback: sendUnaryData<Res>): void => {
      Promise.resolve()
        .then(() => {
          access?.check(call.metadata.get('authorization')[0], 'grpc', call.getPeer());
          return handler(call.request);
        })
        .then(
          (res) => callback(null, res),
          (err: unknown) => callback(toGrpcStatus(err)),
        );
    };
}

export function createFieldsService(queries: FieldQueries, access?: ReadAccess): UntypedServiceImplementation {
  const unary = unaryWith(access);
  return {
    getPointForecast: unary(async (req: PointForecastRequest) => {
      checkPoint(req.latDeg, req.lonDeg);
      const qs = req.quantiles.length > 0 ? req.quantiles : [0.1, 0.5, 0.9];
      if (qs.some((q) => !(q > 0 && q < 1))) throw new WxError('WX_ERR_QUERY_INVALID', 'quantiles must lie in (0, 1)', { field: 'quantiles' });
      const f = await queries.pointForecast(req.latDeg, req.lonDeg, qs);
      return {
        runTimeMs: Date.parse(f.runTime),
        latDeg: f.latDeg,
        lonDeg: f.lonDeg,
        members: f.members,
        leads: f.leads.map((l) => ({
          leadHours: l.leadHours,
          validTimeMs: Date.parse(l.validTime),
          variables: Object.entries(l.values).map(([variable, v]) => ({
            variable,
            mean: nan(v.mean),
            quantiles: Object.entries(v.quantiles).map(([level, value]) => ({ level: Number(level), value: nan(value) })),
          })),
        })),
      };
    }),
    getLatestAnalysis: unary(async (req: LatestAnalysisRequest) => {
      let answer;
      if (req.point) {
        const lat = req.point.latDeg ?? 0;
        const lon = req.point.lonDeg ?? 0;
        checkPoint(lat, lon);
        answer = await queries.latestAnalysis({ latDeg: lat, lonDeg: lon });
      } else if (req.box) {
        const [south, west, north, east] = [req.box.southDeg ?? 0, req.box.westDeg ?? 0, req.box.northDeg ?? 0, req.box.eastDeg ?? 0];
        if (!(south < north && west < east)) throw new WxError('WX_ERR_QUERY_INVALID', 'box needs south < north and west < east', { field: 'box' });
        answer = await queries.latestAnalysis({ south, west, north, east });
      } else throw new WxError('WX_ERR_QUERY_INVALID', 'give a point or a box', { field: 'where' });
      return {
        timeMs: Date.parse(answer.time),
        points: answer.points.map((p) => ({
          latDeg: p.latDeg,
          lonDeg: p.lonDeg,
          values: Object.entries(p.values).map(([variable, v]) => ({ variable, value: nan(v.value), spread: nan(v.spread) })),
        })),
      };
    }),
    getTile: unary(async (req: TileRequest) => {
      if (!/^[A-Za-z][A-Za-z0-9_]{0,23}$/.test(req.variable)) throw new WxError('WX_ERR_QUERY_INVALID', 'variable is not a variable name', { field: 'variable' });
      if (req.leadHours < 0) throw new WxError('WX_ERR_QUERY_INVALID', 'lead_hours must be >= 0', { field: 'lead_hours' });
      const { grid, field } = await queries.mapField(req.variable, req.leadHours > 0 ? req.leadHours : undefined);
      return { png: renderTile(grid, field, req.variable, req.z, req.x, req.y) };
    }),
  };
}
