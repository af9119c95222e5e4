import * as $protobuf from "protobufjs";
import Long = require("long");

export namespace wx {

    namespace v1 {

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
    }
}
