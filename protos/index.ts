/**
 * The one import point for the wire contracts: generated protobuf classes (protos/gen, made by
 * `npm run proto:gen` from protos/wx/v1/*.proto and committed) and the gRPC service definitions
 * built on them. Tiers import from here, never from protos/gen directly.
 */
import type { ServiceDefinition } from '@grpc/grpc-js';
import $protobuf from 'protobufjs/minimal.js';
import { wx } from './gen/wx.js';

// 64-bit fields (seq, *_ms times) decode as plain numbers, as the generated typings say
// (--force-number), instead of Long objects: without this, protobufjs returns a Long whenever the
// `long` package is installed. Sequence numbers and epoch milliseconds stay far below 2^53.
$protobuf.util.Long = undefined as unknown as typeof $protobuf.util.Long;
$protobuf.configure();

export const v1 = wx.v1;
/**
 * protobufjs' wire reader (configured as above: 64-bit varints read as numbers), for the hot paths
 * that walk an encoded message field by field instead of building its objects.
 */
export const ProtoReader = $protobuf.Reader;
export type ProtoReader = $protobuf.Reader;
export type Reading = wx.v1.Reading;
export type ReadingProps = wx.v1.Reading.$Properties;
export type Observation = wx.v1.Observation;
export type ObservationProps = wx.v1.Observation.$Properties;
export type ReadingBatch = wx.v1.ReadingBatch;
export type DeviceStatus = wx.v1.DeviceStatus;
export type DeviceStatusProps = wx.v1.DeviceStatus.$Properties;
export type StationInfo = wx.v1.StationInfo;
export type StationInfoProps = wx.v1.StationInfo.$Properties;
export type Command = wx.v1.Command;
export type CommandResult = wx.v1.CommandResult;
export type ForwardBatch = wx.v1.ForwardBatch;
export type ForwardBatchProps = wx.v1.ForwardBatch.$Properties;
export type ForwardAck = wx.v1.ForwardAck;
export type ForwardAckProps = wx.v1.ForwardAck.$Properties;

export type Nowcast = wx.v1.Nowcast;
export type NowcastProps = wx.v1.Nowcast.$Properties;
export type NowcastValueProps = wx.v1.NowcastValue.$Properties;
export type SpatialQc = wx.v1.SpatialQc;
export type SpatialQcProps = wx.v1.SpatialQc.$Properties;
export type FusedEstimate = wx.v1.FusedEstimate;
export type FusedEstimateProps = wx.v1.FusedEstimate.$Properties;
export type ModelDeploy = wx.v1.ModelDeploy;
export type ModelDeployProps = wx.v1.ModelDeploy.$Properties;
export type ModelChunkRequest = wx.v1.ModelChunkRequest;
export type ModelChunk = wx.v1.ModelChunk;
export type ModelChunkProps = wx.v1.ModelChunk.$Properties;
export type ModelUpdateReport = wx.v1.ModelUpdateReport;
export type ModelUpdateReportProps = wx.v1.ModelUpdateReport.$Properties;

export const Variable = wx.v1.Variable;
export const NowcastState = wx.v1.NowcastState;
export const SpatialTest = wx.v1.SpatialTest;
export const ModelUpdateState = wx.v1.ModelUpdateState;
export const QcFlag = wx.v1.QcFlag;
export const QcTest = wx.v1.QcTest;
export const DeviceState = wx.v1.DeviceState;

/** Any generated message class: encode/decode pairs used by the gRPC definitions below. */
interface MessageClass<T> {
  encode(m: T): { finish(): Uint8Array };
  decode(r: Uint8Array): T;
}

function serializer<T>(cls: MessageClass<T>): (value: T) => Buffer {
  return (value) => {
    const bytes = cls.encode(value).finish();
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  };
}

function deserializer<T>(cls: MessageClass<T>): (bytes: Buffer) => T {
  return (bytes) => cls.decode(bytes);
}

/**
 * wx.v1.GatewayIngest, written against the generated classes rather than loaded at run time with
 * proto-loader, so the same codecs (and types) serve MQTT and gRPC.
 */
export const GatewayIngestService = {
  forward: {
    path: '/wx.v1.GatewayIngest/Forward',
    requestStream: true,
    responseStream: true,
    requestSerialize: serializer<ForwardBatchProps>(wx.v1.ForwardBatch as MessageClass<ForwardBatchProps>),
    requestDeserialize: deserializer<ForwardBatch>(wx.v1.ForwardBatch),
    responseSerialize: serializer<ForwardAckProps>(wx.v1.ForwardAck as MessageClass<ForwardAckProps>),
    responseDeserialize: deserializer<ForwardAck>(wx.v1.ForwardAck),
  },
} satisfies ServiceDefinition;

/** Maximum size of one encoded MQTT payload the gateway accepts (readings batches included). */
export const MAX_MQTT_PAYLOAD_BYTES = 256 * 1024;

export type PointForecastRequest = wx.v1.PointForecastRequest;
export type PointForecastProps = wx.v1.PointForecast.$Properties;
export type LatestAnalysisRequest = wx.v1.LatestAnalysisRequest;
export type LatestAnalysisProps = wx.v1.LatestAnalysis.$Properties;
export type TileRequest = wx.v1.TileRequest;
export type TileProps = wx.v1.Tile.$Properties;

/** wx.v1.Fields: gridded analyses and forecasts for programs (the REST field routes' twin). */
export const FieldsService = {
  getPointForecast: {
    path: '/wx.v1.Fields/GetPointForecast',
    requestStream: false,
    responseStream: false,
    requestSerialize: serializer<wx.v1.PointForecastRequest.$Properties>(wx.v1.PointForecastRequest as MessageClass<wx.v1.PointForecastRequest.$Properties>),
    requestDeserialize: deserializer<PointForecastRequest>(wx.v1.PointForecastRequest),
    responseSerialize: serializer<PointForecastProps>(wx.v1.PointForecast as MessageClass<PointForecastProps>),
    responseDeserialize: deserializer<wx.v1.PointForecast>(wx.v1.PointForecast),
  },
  getLatestAnalysis: {
    path: '/wx.v1.Fields/GetLatestAnalysis',
    requestStream: false,
    responseStream: false,
    requestSerialize: serializer<wx.v1.LatestAnalysisRequest.$Properties>(wx.v1.LatestAnalysisRequest as MessageClass<wx.v1.LatestAnalysisRequest.$Properties>),
    requestDeserialize: deserializer<LatestAnalysisRequest>(wx.v1.LatestAnalysisRequest),
    responseSerialize: serializer<LatestAnalysisProps>(wx.v1.LatestAnalysis as MessageClass<LatestAnalysisProps>),
    responseDeserialize: deserializer<wx.v1.LatestAnalysis>(wx.v1.LatestAnalysis),
  },
  getTile: {
    path: '/wx.v1.Fields/GetTile',
    requestStream: false,
    responseStream: false,
    requestSerialize: serializer<wx.v1.TileRequest.$Properties>(wx.v1.TileRequest as MessageClass<wx.v1.TileRequest.$Properties>),
    requestDeserialize: deserializer<TileRequest>(wx.v1.TileRequest),
    responseSerialize: serializer<TileProps>(wx.v1.Tile as MessageClass<TileProps>),
    responseDeserialize: deserializer<wx.v1.Tile>(wx.v1.Tile),
  },
} satisfies ServiceDefinition;

// Cloud -> gateway model relay (models.proto GatewayControl, issue 3 OTA).
export type WatchDeploysRequest = wx.v1.WatchDeploysRequest;
export type WatchDeploysRequestProps = wx.v1.WatchDeploysRequest.$Properties;
export type DeploySet = wx.v1.DeploySet;
export type DeploySetProps = wx.v1.DeploySet.$Properties;
export type FetchChunkRequest = wx.v1.FetchChunkRequest;
export type FetchChunkRequestProps = wx.v1.FetchChunkRequest.$Properties;

export const GatewayControlService = {
  watchDeploys: {
    path: '/wx.v1.GatewayControl/WatchDeploys',
    requestStream: false,
    responseStream: true,
    requestSerialize: serializer<WatchDeploysRequestProps>(wx.v1.WatchDeploysRequest as MessageClass<WatchDeploysRequestProps>),
    requestDeserialize: deserializer<WatchDeploysRequest>(wx.v1.WatchDeploysRequest),
    responseSerialize: serializer<DeploySetProps>(wx.v1.DeploySet as MessageClass<DeploySetProps>),
    responseDeserialize: deserializer<DeploySet>(wx.v1.DeploySet),
  },
  fetchModelChunk: {
    path: '/wx.v1.GatewayControl/FetchModelChunk',
    requestStream: false,
    responseStream: false,
    requestSerialize: serializer<FetchChunkRequestProps>(wx.v1.FetchChunkRequest as MessageClass<FetchChunkRequestProps>),
    requestDeserialize: deserializer<FetchChunkRequest>(wx.v1.FetchChunkRequest),
    responseSerialize: serializer<ModelChunkProps>(wx.v1.ModelChunk as MessageClass<ModelChunkProps>),
    responseDeserialize: deserializer<ModelChunk>(wx.v1.ModelChunk),
  },
} satisfies ServiceDefinition;

// Operator model operations (models.proto ModelOps, issue 3 OTA).
export type RegisterModelRequest = wx.v1.RegisterModelRequest;
export type RegisterModelRequestProps = wx.v1.RegisterModelRequest.$Properties;
export type ModelVersionInfoProps = wx.v1.ModelVersionInfo.$Properties;
export type ModelVersionInfo = wx.v1.ModelVersionInfo;
export type ListModelsRequest = wx.v1.ListModelsRequest;
export type ModelVersionList = wx.v1.ModelVersionList;
export type ModelVersionListProps = wx.v1.ModelVersionList.$Properties;
export type CreateDeploymentRequest = wx.v1.CreateDeploymentRequest;
export type CreateDeploymentRequestProps = wx.v1.CreateDeploymentRequest.$Properties;
export type DeploymentInfo = wx.v1.DeploymentInfo;
export type DeploymentInfoProps = wx.v1.DeploymentInfo.$Properties;
export type GetDeploymentRequest = wx.v1.GetDeploymentRequest;
export type GetDeploymentRequestProps = wx.v1.GetDeploymentRequest.$Properties;

function unary<Req, Res>(name: string, req: MessageClass<Req>, res: MessageClass<Res>) {
  return { path: `/wx.v1.ModelOps/${name}`, requestStream: false, responseStream: false, requestSerialize: serializer(req), requestDeserialize: deserializer(req), responseSerialize: serializer(res), responseDeserialize: deserializer(res) } as const;
}

export const ModelOpsService = {
  registerModel: unary<RegisterModelRequestProps, ModelVersionInfoProps>('RegisterModel', wx.v1.RegisterModelRequest as MessageClass<RegisterModelRequestProps>, wx.v1.ModelVersionInfo as MessageClass<ModelVersionInfoProps>),
  listModels: unary<object, ModelVersionListProps>('ListModels', wx.v1.ListModelsRequest as MessageClass<object>, wx.v1.ModelVersionList as MessageClass<ModelVersionListProps>),
  createDeployment: unary<CreateDeploymentRequestProps, DeploymentInfoProps>('CreateDeployment', wx.v1.CreateDeploymentRequest as MessageClass<CreateDeploymentRequestProps>, wx.v1.DeploymentInfo as MessageClass<DeploymentInfoProps>),
  getDeployment: unary<GetDeploymentRequestProps, DeploymentInfoProps>('GetDeployment', wx.v1.GetDeploymentRequest as MessageClass<GetDeploymentRequestProps>, wx.v1.DeploymentInfo as MessageClass<DeploymentInfoProps>),
} satisfies ServiceDefinition;
