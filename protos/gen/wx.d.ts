import * as $protobuf from "protobufjs";
import Long = require("long");

export namespace wx {

    namespace v1 {

        enum SpatialTest {
            SPATIAL_TEST_NONE = 0,
            SPATIAL_TEST_BUDDY = 1,
            SPATIAL_TEST_SCT = 2,
            SPATIAL_TEST_ISOLATION = 4,
            SPATIAL_TEST_DUPLICATE = 8
        }

        interface ISpatialQc extends wx.v1.SpatialQc.$Properties {
        }

        class SpatialQc {
            constructor(p?: wx.v1.SpatialQc.$Properties);
            $unknowns?: Uint8Array[];
            deviceId: string;
            seq: number;
            timeMs: number;
            variable: wx.v1.Variable;
            flag: wx.v1.QcFlag;
            tests: number;
            trust: number;
            static create(properties: wx.v1.SpatialQc.$Shape): wx.v1.SpatialQc & wx.v1.SpatialQc.$Shape;
            static create(properties?: wx.v1.SpatialQc.$Properties): wx.v1.SpatialQc;
            static encode(m: wx.v1.SpatialQc.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: wx.v1.SpatialQc.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): wx.v1.SpatialQc & wx.v1.SpatialQc.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): wx.v1.SpatialQc & wx.v1.SpatialQc.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): wx.v1.SpatialQc;
            static toObject(m: wx.v1.SpatialQc, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace SpatialQc {
            interface $Properties {
                deviceId?: (string|null);
                seq?: (number|null);
                timeMs?: (number|null);
                variable?: (wx.v1.Variable|null);
                flag?: (wx.v1.QcFlag|null);
                tests?: (number|null);
                trust?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = wx.v1.SpatialQc.$Properties;
        }

        interface IFusedEstimate extends wx.v1.FusedEstimate.$Properties {
        }

        class FusedEstimate {
            constructor(p?: wx.v1.FusedEstimate.$Properties);
            $unknowns?: Uint8Array[];
            h3Cell: string;
            h3Resolution: number;
            timeMs: number;
            variable: wx.v1.Variable;
            value: number;
            sd: number;
            stations: number;
            independentSeries: number;
            deviceIds: string[];
            static create(properties: wx.v1.FusedEstimate.$Shape): wx.v1.FusedEstimate & wx.v1.FusedEstimate.$Shape;
            static create(properties?: wx.v1.FusedEstimate.$Properties): wx.v1.FusedEstimate;
            static encode(m: wx.v1.FusedEstimate.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: wx.v1.FusedEstimate.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): wx.v1.FusedEstimate & wx.v1.FusedEstimate.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): wx.v1.FusedEstimate & wx.v1.FusedEstimate.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): wx.v1.FusedEstimate;
            static toObject(m: wx.v1.FusedEstimate, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace FusedEstimate {
            interface $Properties {
                h3Cell?: (string|null);
                h3Resolution?: (number|null);
                timeMs?: (number|null);
                variable?: (wx.v1.Variable|null);
                value?: (number|null);
                sd?: (number|null);
                stations?: (number|null);
                independentSeries?: (number|null);
                deviceIds?: (string[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = wx.v1.FusedEstimate.$Properties;
        }

        enum Variable {
            VARIABLE_UNSPECIFIED = 0,
            TEMPERATURE = 1,
            PRESSURE = 2,
            DEW_POINT = 3,
            RELATIVE_HUMIDITY = 4,
            WIND_SPEED = 5,
            WIND_DIRECTION = 6,
            PRECIPITATION = 7
        }

        enum QcFlag {
            QC_FLAG_UNSPECIFIED = 0,
            QC_GOOD = 1,
            QC_SUSPECT = 2,
            QC_BAD = 3,
            QC_MISSING = 4
        }

        enum QcTest {
            QC_TEST_NONE = 0,
            QC_TEST_SENSOR_RANGE = 1,
            QC_TEST_CLIMATE_RANGE = 2,
            QC_TEST_STEP = 4,
            QC_TEST_PERSISTENCE = 8,
            QC_TEST_SPIKE = 16,
            QC_TEST_CONSISTENCY = 32,
            QC_TEST_CLOCK = 64
        }

        interface IObservation extends wx.v1.Observation.$Properties {
        }

        class Observation {
            constructor(p?: wx.v1.Observation.$Properties);
            $unknowns?: Uint8Array[];
            variable: wx.v1.Variable;
            value: number;
            flag: wx.v1.QcFlag;
            qcTests: number;
            static create(properties: wx.v1.Observation.$Shape): wx.v1.Observation & wx.v1.Observation.$Shape;
            static create(properties?: wx.v1.Observation.$Properties): wx.v1.Observation;
            static encode(m: wx.v1.Observation.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: wx.v1.Observation.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): wx.v1.Observation & wx.v1.Observation.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): wx.v1.Observation & wx.v1.Observation.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): wx.v1.Observation;
            static toObject(m: wx.v1.Observation, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Observation {
            interface $Properties {
                variable?: (wx.v1.Variable|null);
                value?: (number|null);
                flag?: (wx.v1.QcFlag|null);
                qcTests?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = wx.v1.Observation.$Properties;
        }

        interface IReading extends wx.v1.Reading.$Properties {
        }

        class Reading {
            constructor(p?: wx.v1.Reading.$Properties);
            $unknowns?: Uint8Array[];
            deviceId: string;
            seq: number;
            timeMs: number;
            clockSynced: boolean;
            clockSuspect: boolean;
            observations: wx.v1.Observation.$Properties[];
            gatewayReceivedMs: number;
            gatewayId: string;
            static create(properties: wx.v1.Reading.$Shape): wx.v1.Reading & wx.v1.Reading.$Shape;
            static create(properties?: wx.v1.Reading.$Properties): wx.v1.Reading;
            static encode(m: wx.v1.Reading.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: wx.v1.Reading.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): wx.v1.Reading & wx.v1.Reading.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): wx.v1.Reading & wx.v1.Reading.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): wx.v1.Reading;
            static toObject(m: wx.v1.Reading, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Reading {
            interface $Properties {
                deviceId?: (string|null);
                seq?: (number|null);
                timeMs?: (number|null);
                clockSynced?: (boolean|null);
                clockSuspect?: (boolean|null);
                observations?: (wx.v1.Observation.$Properties[]|null);
                gatewayReceivedMs?: (number|null);
                gatewayId?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = wx.v1.Reading.$Properties;
        }

        interface IReadingBatch extends wx.v1.ReadingBatch.$Properties {
        }

        class ReadingBatch {
            constructor(p?: wx.v1.ReadingBatch.$Properties);
            $unknowns?: Uint8Array[];
            readings: wx.v1.Reading.$Properties[];
            static create(properties: wx.v1.ReadingBatch.$Shape): wx.v1.ReadingBatch & wx.v1.ReadingBatch.$Shape;
            static create(properties?: wx.v1.ReadingBatch.$Properties): wx.v1.ReadingBatch;
            static encode(m: wx.v1.ReadingBatch.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: wx.v1.ReadingBatch.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): wx.v1.ReadingBatch & wx.v1.ReadingBatch.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): wx.v1.ReadingBatch & wx.v1.ReadingBatch.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): wx.v1.ReadingBatch;
            static toObject(m: wx.v1.ReadingBatch, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ReadingBatch {
            interface $Properties {
                readings?: (wx.v1.Reading.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = wx.v1.ReadingBatch.$Properties;
        }

        interface IStationInfo extends wx.v1.StationInfo.$Properties {
        }

        class StationInfo {
            constructor(p?: wx.v1.StationInfo.$Properties);
            $unknowns?: Uint8Array[];
            deviceId: string;
            site: string;
            name: string;
            latitude: number;
            longitude: number;
            elevationM: number;
            hardware: string;
            static create(properties: wx.v1.StationInfo.$Shape): wx.v1.StationInfo & wx.v1.StationInfo.$Shape;
            static create(properties?: wx.v1.StationInfo.$Properties): wx.v1.StationInfo;
            static encode(m: wx.v1.StationInfo.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: wx.v1.StationInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): wx.v1.StationInfo & wx.v1.StationInfo.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): wx.v1.StationInfo & wx.v1.StationInfo.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): wx.v1.StationInfo;
            static toObject(m: wx.v1.StationInfo, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace StationInfo {
            interface $Properties {
                deviceId?: (string|null);
                site?: (string|null);
                name?: (string|null);
                latitude?: (number|null);
                longitude?: (number|null);
                elevationM?: (number|null);
                hardware?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = wx.v1.StationInfo.$Properties;
        }

        enum DeviceState {
            DEVICE_STATE_UNSPECIFIED = 0,
            ONLINE = 1,
            OFFLINE = 2
        }

        interface IDeviceStatus extends wx.v1.DeviceStatus.$Properties {
        }

        class DeviceStatus {
            constructor(p?: wx.v1.DeviceStatus.$Properties);
            $unknowns?: Uint8Array[];
            deviceId: string;
            state: wx.v1.DeviceState;
            timeMs: number;
            agentVersion: string;
            station?: (wx.v1.StationInfo.$Properties|null);
            outboxDepth: number;
            outboxOldestMs: number;
            lastSeq: number;
            clockSynced: boolean;
            details: { [k: string]: string };
            static create(properties: wx.v1.DeviceStatus.$Shape): wx.v1.DeviceStatus & wx.v1.DeviceStatus.$Shape;
            static create(properties?: wx.v1.DeviceStatus.$Properties): wx.v1.DeviceStatus;
            static encode(m: wx.v1.DeviceStatus.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: wx.v1.DeviceStatus.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): wx.v1.DeviceStatus & wx.v1.DeviceStatus.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): wx.v1.DeviceStatus & wx.v1.DeviceStatus.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): wx.v1.DeviceStatus;
            static toObject(m: wx.v1.DeviceStatus, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace DeviceStatus {
            interface $Properties {
                deviceId?: (string|null);
                state?: (wx.v1.DeviceState|null);
                timeMs?: (number|null);
                agentVersion?: (string|null);
                station?: (wx.v1.StationInfo.$Properties|null);
                outboxDepth?: (number|null);
                outboxOldestMs?: (number|null);
                lastSeq?: (number|null);
                clockSynced?: (boolean|null);
                details?: ({ [k: string]: string }|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = wx.v1.DeviceStatus.$Properties;
        }

        interface ICommand extends wx.v1.Command.$Properties {
        }

        class Command {
            constructor(p?: wx.v1.Command.$Properties);
            $unknowns?: Uint8Array[];
            commandId: string;
            kind: string;
            payload: Uint8Array;
            issuedMs: number;
            static create(properties: wx.v1.Command.$Shape): wx.v1.Command & wx.v1.Command.$Shape;
            static create(properties?: wx.v1.Command.$Properties): wx.v1.Command;
            static encode(m: wx.v1.Command.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: wx.v1.Command.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): wx.v1.Command & wx.v1.Command.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): wx.v1.Command & wx.v1.Command.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): wx.v1.Command;
            static toObject(m: wx.v1.Command, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Command {
            interface $Properties {
                commandId?: (string|null);
                kind?: (string|null);
                payload?: (Uint8Array|null);
                issuedMs?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = wx.v1.Command.$Properties;
        }

        interface ICommandResult extends wx.v1.CommandResult.$Properties {
        }

        class CommandResult {
            constructor(p?: wx.v1.CommandResult.$Properties);
            $unknowns?: Uint8Array[];
            commandId: string;
            ok: boolean;
            message: string;
            timeMs: number;
            static create(properties: wx.v1.CommandResult.$Shape): wx.v1.CommandResult & wx.v1.CommandResult.$Shape;
            static create(properties?: wx.v1.CommandResult.$Properties): wx.v1.CommandResult;
            static encode(m: wx.v1.CommandResult.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: wx.v1.CommandResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): wx.v1.CommandResult & wx.v1.CommandResult.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): wx.v1.CommandResult & wx.v1.CommandResult.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): wx.v1.CommandResult;
            static toObject(m: wx.v1.CommandResult, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace CommandResult {
            interface $Properties {
                commandId?: (string|null);
                ok?: (boolean|null);
                message?: (string|null);
                timeMs?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = wx.v1.CommandResult.$Properties;
        }

        class GatewayIngest extends $protobuf.rpc.Service {
            constructor(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean);
            static create(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean): GatewayIngest;
            forward: wx.v1.GatewayIngest.Forward;
        }

        namespace GatewayIngest {
            type ForwardCallback = (error: (Error|null), response?: wx.v1.ForwardAck) => void;
            type Forward = {
              (request: wx.v1.IForwardBatch, callback: wx.v1.GatewayIngest.ForwardCallback): void;
              (request: wx.v1.IForwardBatch): Promise<wx.v1.ForwardAck>;
              readonly name: "Forward";
              readonly path: "/wx.v1.GatewayIngest/Forward";
              readonly requestType: "ForwardBatch";
              readonly responseType: "ForwardAck";
              readonly requestStream: true;
              readonly responseStream: true;
            };
        }

        interface IForwardBatch extends wx.v1.ForwardBatch.$Properties {
        }

        class ForwardBatch {
            constructor(p?: wx.v1.ForwardBatch.$Properties);
            $unknowns?: Uint8Array[];
            batchId: number;
            gatewayId: string;
            readings: wx.v1.Reading.$Properties[];
            statuses: wx.v1.DeviceStatus.$Properties[];
            nowcasts: wx.v1.Nowcast.$Properties[];
            spatialQc: wx.v1.SpatialQc.$Properties[];
            fused: wx.v1.FusedEstimate.$Properties[];
            modelReports: wx.v1.ModelUpdateReport.$Properties[];
            static create(properties: wx.v1.ForwardBatch.$Shape): wx.v1.ForwardBatch & wx.v1.ForwardBatch.$Shape;
            static create(properties?: wx.v1.ForwardBatch.$Properties): wx.v1.ForwardBatch;
            static encode(m: wx.v1.ForwardBatch.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: wx.v1.ForwardBatch.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): wx.v1.ForwardBatch & wx.v1.ForwardBatch.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): wx.v1.ForwardBatch & wx.v1.ForwardBatch.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): wx.v1.ForwardBatch;
            static toObject(m: wx.v1.ForwardBatch, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ForwardBatch {
            interface $Properties {
                batchId?: (number|null);
                gatewayId?: (string|null);
                readings?: (wx.v1.Reading.$Properties[]|null);
                statuses?: (wx.v1.DeviceStatus.$Properties[]|null);
                nowcasts?: (wx.v1.Nowcast.$Properties[]|null);
                spatialQc?: (wx.v1.SpatialQc.$Properties[]|null);
                fused?: (wx.v1.FusedEstimate.$Properties[]|null);
                modelReports?: (wx.v1.ModelUpdateReport.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = wx.v1.ForwardBatch.$Properties;
        }

        interface IRejection extends wx.v1.Rejection.$Properties {
        }

        class Rejection {
            constructor(p?: wx.v1.Rejection.$Properties);
            $unknowns?: Uint8Array[];
            deviceId: string;
            seq: number;
            reason: string;
            static create(properties: wx.v1.Rejection.$Shape): wx.v1.Rejection & wx.v1.Rejection.$Shape;
            static create(properties?: wx.v1.Rejection.$Properties): wx.v1.Rejection;
            static encode(m: wx.v1.Rejection.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: wx.v1.Rejection.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): wx.v1.Rejection & wx.v1.Rejection.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): wx.v1.Rejection & wx.v1.Rejection.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): wx.v1.Rejection;
            static toObject(m: wx.v1.Rejection, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Rejection {
            interface $Properties {
                deviceId?: (string|null);
                seq?: (number|null);
                reason?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = wx.v1.Rejection.$Properties;
        }

        interface IForwardAck extends wx.v1.ForwardAck.$Properties {
        }

        class ForwardAck {
            constructor(p?: wx.v1.ForwardAck.$Properties);
            $unknowns?: Uint8Array[];
            batchId: number;
            stored: number;
            duplicates: number;
            rejected: number;
            rejections: wx.v1.Rejection.$Properties[];
            static create(properties: wx.v1.ForwardAck.$Shape): wx.v1.ForwardAck & wx.v1.ForwardAck.$Shape;
            static create(properties?: wx.v1.ForwardAck.$Properties): wx.v1.ForwardAck;
            static encode(m: wx.v1.ForwardAck.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: wx.v1.ForwardAck.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): wx.v1.ForwardAck & wx.v1.ForwardAck.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): wx.v1.ForwardAck & wx.v1.ForwardAck.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): wx.v1.ForwardAck;
            static toObject(m: wx.v1.ForwardAck, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ForwardAck {
            interface $Properties {
                batchId?: (number|null);
                stored?: (number|null);
                duplicates?: (number|null);
                rejected?: (number|null);
                rejections?: (wx.v1.Rejection.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = wx.v1.ForwardAck.$Properties;
        }

        enum NowcastState {
            NOWCAST_STATE_UNSPECIFIED = 0,
            NOWCAST_OK = 1,
            NOWCAST_INSUFFICIENT_HISTORY = 2,
            NOWCAST_NO_MODEL = 3,
            NOWCAST_FAILED = 4
        }

        interface INowcastValue extends wx.v1.NowcastValue.$Properties {
        }

        class NowcastValue {
            constructor(p?: wx.v1.NowcastValue.$Properties);
            $unknowns?: Uint8Array[];
            variable: wx.v1.Variable;
            leadMinutes: number;
            quantiles: number[];
            static create(properties: wx.v1.NowcastValue.$Shape): wx.v1.NowcastValue & wx.v1.NowcastValue.$Shape;
            static create(properties?: wx.v1.NowcastValue.$Properties): wx.v1.NowcastValue;
            static encode(m: wx.v1.NowcastValue.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: wx.v1.NowcastValue.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): wx.v1.NowcastValue & wx.v1.NowcastValue.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): wx.v1.NowcastValue & wx.v1.NowcastValue.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): wx.v1.NowcastValue;
            static toObject(m: wx.v1.NowcastValue, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace NowcastValue {
            interface $Properties {
                variable?: (wx.v1.Variable|null);
                leadMinutes?: (number|null);
                quantiles?: (number[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = wx.v1.NowcastValue.$Properties;
        }

        interface INowcast extends wx.v1.Nowcast.$Properties {
        }

        class Nowcast {
            constructor(p?: wx.v1.Nowcast.$Properties);
            $unknowns?: Uint8Array[];
            deviceId: string;
            baseTimeMs: number;
            issuedMs: number;
            state: wx.v1.NowcastState;
            reason: string;
            modelId: string;
            modelVersion: string;
            executionProvider: string;
            inputFromMs: number;
            inputToMs: number;
            inputSteps: number;
            inputMissing: number;
            inputLastSeq: number;
            quantileLevels: number[];
            values: wx.v1.NowcastValue.$Properties[];
            inferenceMs: number;
            gatewayReceivedMs: number;
            gatewayId: string;
            static create(properties: wx.v1.Nowcast.$Shape): wx.v1.Nowcast & wx.v1.Nowcast.$Shape;
            static create(properties?: wx.v1.Nowcast.$Properties): wx.v1.Nowcast;
            static encode(m: wx.v1.Nowcast.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: wx.v1.Nowcast.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): wx.v1.Nowcast & wx.v1.Nowcast.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): wx.v1.Nowcast & wx.v1.Nowcast.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): wx.v1.Nowcast;
            static toObject(m: wx.v1.Nowcast, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Nowcast {
            interface $Properties {
                deviceId?: (string|null);
                baseTimeMs?: (number|null);
                issuedMs?: (number|null);
                state?: (wx.v1.NowcastState|null);
                reason?: (string|null);
                modelId?: (string|null);
                modelVersion?: (string|null);
                executionProvider?: (string|null);
                inputFromMs?: (number|null);
                inputToMs?: (number|null);
                inputSteps?: (number|null);
                inputMissing?: (number|null);
                inputLastSeq?: (number|null);
                quantileLevels?: (number[]|null);
                values?: (wx.v1.NowcastValue.$Properties[]|null);
                inferenceMs?: (number|null);
                gatewayReceivedMs?: (number|null);
                gatewayId?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = wx.v1.Nowcast.$Properties;
        }

        interface IModelDeploy extends wx.v1.ModelDeploy.$Properties {
        }

        class ModelDeploy {
            constructor(p?: wx.v1.ModelDeploy.$Properties);
            $unknowns?: Uint8Array[];
            deploymentId: string;
            modelId: string;
            version: string;
            sha256: string;
            sizeBytes: number;
            chunkSize: number;
            signature: Uint8Array;
            cardJson: string;
            static create(properties: wx.v1.ModelDeploy.$Shape): wx.v1.ModelDeploy & wx.v1.ModelDeploy.$Shape;
            static create(properties?: wx.v1.ModelDeploy.$Properties): wx.v1.ModelDeploy;
            static encode(m: wx.v1.ModelDeploy.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: wx.v1.ModelDeploy.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): wx.v1.ModelDeploy & wx.v1.ModelDeploy.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): wx.v1.ModelDeploy & wx.v1.ModelDeploy.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): wx.v1.ModelDeploy;
            static toObject(m: wx.v1.ModelDeploy, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ModelDeploy {
            interface $Properties {
                deploymentId?: (string|null);
                modelId?: (string|null);
                version?: (string|null);
                sha256?: (string|null);
                sizeBytes?: (number|null);
                chunkSize?: (number|null);
                signature?: (Uint8Array|null);
                cardJson?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = wx.v1.ModelDeploy.$Properties;
        }

        interface IModelChunkRequest extends wx.v1.ModelChunkRequest.$Properties {
        }

        class ModelChunkRequest {
            constructor(p?: wx.v1.ModelChunkRequest.$Properties);
            $unknowns?: Uint8Array[];
            deploymentId: string;
            modelId: string;
            version: string;
            offset: number;
            length: number;
            static create(properties: wx.v1.ModelChunkRequest.$Shape): wx.v1.ModelChunkRequest & wx.v1.ModelChunkRequest.$Shape;
            static create(properties?: wx.v1.ModelChunkRequest.$Properties): wx.v1.ModelChunkRequest;
            static encode(m: wx.v1.ModelChunkRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: wx.v1.ModelChunkRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): wx.v1.ModelChunkRequest & wx.v1.ModelChunkRequest.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): wx.v1.ModelChunkRequest & wx.v1.ModelChunkRequest.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): wx.v1.ModelChunkRequest;
            static toObject(m: wx.v1.ModelChunkRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ModelChunkRequest {
            interface $Properties {
                deploymentId?: (string|null);
                modelId?: (string|null);
                version?: (string|null);
                offset?: (number|null);
                length?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = wx.v1.ModelChunkRequest.$Properties;
        }

        interface IModelChunk extends wx.v1.ModelChunk.$Properties {
        }

        class ModelChunk {
            constructor(p?: wx.v1.ModelChunk.$Properties);
            $unknowns?: Uint8Array[];
            modelId: string;
            version: string;
            offset: number;
            data: Uint8Array;
            totalSize: number;
            error: string;
            static create(properties: wx.v1.ModelChunk.$Shape): wx.v1.ModelChunk & wx.v1.ModelChunk.$Shape;
            static create(properties?: wx.v1.ModelChunk.$Properties): wx.v1.ModelChunk;
            static encode(m: wx.v1.ModelChunk.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: wx.v1.ModelChunk.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): wx.v1.ModelChunk & wx.v1.ModelChunk.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): wx.v1.ModelChunk & wx.v1.ModelChunk.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): wx.v1.ModelChunk;
            static toObject(m: wx.v1.ModelChunk, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ModelChunk {
            interface $Properties {
                modelId?: (string|null);
                version?: (string|null);
                offset?: (number|null);
                data?: (Uint8Array|null);
                totalSize?: (number|null);
                error?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = wx.v1.ModelChunk.$Properties;
        }

        enum ModelUpdateState {
            MODEL_UPDATE_STATE_UNSPECIFIED = 0,
            MODEL_UPDATE_PENDING = 1,
            MODEL_UPDATE_DOWNLOADING = 2,
            MODEL_UPDATE_VERIFYING = 3,
            MODEL_UPDATE_ACTIVE = 4,
            MODEL_UPDATE_FAILED = 5,
            MODEL_UPDATE_ROLLED_BACK = 6
        }

        interface IModelUpdateReport extends wx.v1.ModelUpdateReport.$Properties {
        }

        class ModelUpdateReport {
            constructor(p?: wx.v1.ModelUpdateReport.$Properties);
            $unknowns?: Uint8Array[];
            deviceId: string;
            deploymentId: string;
            modelId: string;
            version: string;
            state: wx.v1.ModelUpdateState;
            reason: string;
            activeVersion: string;
            timeMs: number;
            bytesReceived: number;
            static create(properties: wx.v1.ModelUpdateReport.$Shape): wx.v1.ModelUpdateReport & wx.v1.ModelUpdateReport.$Shape;
            static create(properties?: wx.v1.ModelUpdateReport.$Properties): wx.v1.ModelUpdateReport;
            static encode(m: wx.v1.ModelUpdateReport.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: wx.v1.ModelUpdateReport.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): wx.v1.ModelUpdateReport & wx.v1.ModelUpdateReport.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): wx.v1.ModelUpdateReport & wx.v1.ModelUpdateReport.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): wx.v1.ModelUpdateReport;
            static toObject(m: wx.v1.ModelUpdateReport, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ModelUpdateReport {
            interface $Properties {
                deviceId?: (string|null);
                deploymentId?: (string|null);
                modelId?: (string|null);
                version?: (string|null);
                state?: (wx.v1.ModelUpdateState|null);
                reason?: (string|null);
                activeVersion?: (string|null);
                timeMs?: (number|null);
                bytesReceived?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = wx.v1.ModelUpdateReport.$Properties;
        }
    }
}
