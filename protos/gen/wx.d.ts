import * as $protobuf from "protobufjs";
import Long = require("long");

export namespace wx {

    namespace v1 {

        interface IPointForecastRequest extends wx.v1.PointForecastRequest.$Properties {
        }

        class PointForecastRequest {
            constructor(p?: wx.v1.PointForecastRequest.$Properties);
            $unknowns?: Uint8Array[];
            latDeg: number;
            lonDeg: number;
            quantiles: number[];
            static create(properties: wx.v1.PointForecastRequest.$Shape): wx.v1.PointForecastRequest & wx.v1.PointForecastRequest.$Shape;
            static create(properties?: wx.v1.PointForecastRequest.$Properties): wx.v1.PointForecastRequest;
            static encode(m: wx.v1.PointForecastRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: wx.v1.PointForecastRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): wx.v1.PointForecastRequest & wx.v1.PointForecastRequest.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): wx.v1.PointForecastRequest & wx.v1.PointForecastRequest.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): wx.v1.PointForecastRequest;
            static toObject(m: wx.v1.PointForecastRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace PointForecastRequest {
            interface $Properties {
                latDeg?: (number|null);
                lonDeg?: (number|null);
                quantiles?: (number[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = wx.v1.PointForecastRequest.$Properties;
        }

        interface IQuantileValue extends wx.v1.QuantileValue.$Properties {
        }

        class QuantileValue {
            constructor(p?: wx.v1.QuantileValue.$Properties);
            $unknowns?: Uint8Array[];
            level: number;
            value: number;
            static create(properties: wx.v1.QuantileValue.$Shape): wx.v1.QuantileValue & wx.v1.QuantileValue.$Shape;
            static create(properties?: wx.v1.QuantileValue.$Properties): wx.v1.QuantileValue;
            static encode(m: wx.v1.QuantileValue.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: wx.v1.QuantileValue.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): wx.v1.QuantileValue & wx.v1.QuantileValue.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): wx.v1.QuantileValue & wx.v1.QuantileValue.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): wx.v1.QuantileValue;
            static toObject(m: wx.v1.QuantileValue, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace QuantileValue {
            interface $Properties {
                level?: (number|null);
                value?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = wx.v1.QuantileValue.$Properties;
        }

        interface IVariableForecast extends wx.v1.VariableForecast.$Properties {
        }

        class VariableForecast {
            constructor(p?: wx.v1.VariableForecast.$Properties);
            $unknowns?: Uint8Array[];
            variable: string;
            mean: number;
            quantiles: wx.v1.QuantileValue.$Properties[];
            static create(properties: wx.v1.VariableForecast.$Shape): wx.v1.VariableForecast & wx.v1.VariableForecast.$Shape;
            static create(properties?: wx.v1.VariableForecast.$Properties): wx.v1.VariableForecast;
            static encode(m: wx.v1.VariableForecast.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: wx.v1.VariableForecast.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): wx.v1.VariableForecast & wx.v1.VariableForecast.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): wx.v1.VariableForecast & wx.v1.VariableForecast.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): wx.v1.VariableForecast;
            static toObject(m: wx.v1.VariableForecast, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace VariableForecast {
            interface $Properties {
                variable?: (string|null);
                mean?: (number|null);
                quantiles?: (wx.v1.QuantileValue.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = wx.v1.VariableForecast.$Properties;
        }

        interface ILeadForecast extends wx.v1.LeadForecast.$Properties {
        }

        class LeadForecast {
            constructor(p?: wx.v1.LeadForecast.$Properties);
            $unknowns?: Uint8Array[];
            leadHours: number;
            validTimeMs: number;
            variables: wx.v1.VariableForecast.$Properties[];
            static create(properties: wx.v1.LeadForecast.$Shape): wx.v1.LeadForecast & wx.v1.LeadForecast.$Shape;
            static create(properties?: wx.v1.LeadForecast.$Properties): wx.v1.LeadForecast;
            static encode(m: wx.v1.LeadForecast.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: wx.v1.LeadForecast.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): wx.v1.LeadForecast & wx.v1.LeadForecast.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): wx.v1.LeadForecast & wx.v1.LeadForecast.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): wx.v1.LeadForecast;
            static toObject(m: wx.v1.LeadForecast, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace LeadForecast {
            interface $Properties {
                leadHours?: (number|null);
                validTimeMs?: (number|null);
                variables?: (wx.v1.VariableForecast.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = wx.v1.LeadForecast.$Properties;
        }

        interface IPointForecast extends wx.v1.PointForecast.$Properties {
        }

        class PointForecast {
            constructor(p?: wx.v1.PointForecast.$Properties);
            $unknowns?: Uint8Array[];
            runTimeMs: number;
            latDeg: number;
            lonDeg: number;
            members: number;
            leads: wx.v1.LeadForecast.$Properties[];
            static create(properties: wx.v1.PointForecast.$Shape): wx.v1.PointForecast & wx.v1.PointForecast.$Shape;
            static create(properties?: wx.v1.PointForecast.$Properties): wx.v1.PointForecast;
            static encode(m: wx.v1.PointForecast.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: wx.v1.PointForecast.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): wx.v1.PointForecast & wx.v1.PointForecast.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): wx.v1.PointForecast & wx.v1.PointForecast.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): wx.v1.PointForecast;
            static toObject(m: wx.v1.PointForecast, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace PointForecast {
            interface $Properties {
                runTimeMs?: (number|null);
                latDeg?: (number|null);
                lonDeg?: (number|null);
                members?: (number|null);
                leads?: (wx.v1.LeadForecast.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = wx.v1.PointForecast.$Properties;
        }

        interface ILatestAnalysisRequest extends wx.v1.LatestAnalysisRequest.$Properties {
        }

        class LatestAnalysisRequest {
            constructor(p?: wx.v1.LatestAnalysisRequest.$Properties);
            $unknowns?: Uint8Array[];
            point?: (wx.v1.LatestAnalysisRequest.Point.$Properties|null);
            box?: (wx.v1.LatestAnalysisRequest.Box.$Properties|null);
            where?: ("point"|"box");
            static create(properties: wx.v1.LatestAnalysisRequest.$Shape): wx.v1.LatestAnalysisRequest & wx.v1.LatestAnalysisRequest.$Shape;
            static create(properties?: wx.v1.LatestAnalysisRequest.$Properties): wx.v1.LatestAnalysisRequest;
            static encode(m: wx.v1.LatestAnalysisRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: wx.v1.LatestAnalysisRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): wx.v1.LatestAnalysisRequest & wx.v1.LatestAnalysisRequest.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): wx.v1.LatestAnalysisRequest & wx.v1.LatestAnalysisRequest.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): wx.v1.LatestAnalysisRequest;
            static toObject(m: wx.v1.LatestAnalysisRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace LatestAnalysisRequest {
            interface $Properties {
                point?: (wx.v1.LatestAnalysisRequest.Point.$Properties|null);
                box?: (wx.v1.LatestAnalysisRequest.Box.$Properties|null);
                where?: ("point"|"box");
                $unknowns?: Uint8Array[];
            }
            type $Shape = {
              point?: wx.v1.LatestAnalysisRequest.Point.$Shape|null;
              box?: wx.v1.LatestAnalysisRequest.Box.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ where?: undefined; point?: null; box?: null }|{ where?: "point"; point: wx.v1.LatestAnalysisRequest.Point.$Shape; box?: null }|{ where?: "box"; point?: null; box: wx.v1.LatestAnalysisRequest.Box.$Shape })
            );

            interface IPoint extends wx.v1.LatestAnalysisRequest.Point.$Properties {
            }

            class Point {
                constructor(p?: wx.v1.LatestAnalysisRequest.Point.$Properties);
                $unknowns?: Uint8Array[];
                latDeg: number;
                lonDeg: number;
                static create(properties: wx.v1.LatestAnalysisRequest.Point.$Shape): wx.v1.LatestAnalysisRequest.Point & wx.v1.LatestAnalysisRequest.Point.$Shape;
                static create(properties?: wx.v1.LatestAnalysisRequest.Point.$Properties): wx.v1.LatestAnalysisRequest.Point;
                static encode(m: wx.v1.LatestAnalysisRequest.Point.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static encodeDelimited(message: wx.v1.LatestAnalysisRequest.Point.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): wx.v1.LatestAnalysisRequest.Point & wx.v1.LatestAnalysisRequest.Point.$Shape;
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): wx.v1.LatestAnalysisRequest.Point & wx.v1.LatestAnalysisRequest.Point.$Shape;
                static verify(m: { [k: string]: any }): (string|null);
                static fromObject(d: { [k: string]: any }): wx.v1.LatestAnalysisRequest.Point;
                static toObject(m: wx.v1.LatestAnalysisRequest.Point, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace Point {
                interface $Properties {
                    latDeg?: (number|null);
                    lonDeg?: (number|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = wx.v1.LatestAnalysisRequest.Point.$Properties;
            }

            interface IBox extends wx.v1.LatestAnalysisRequest.Box.$Properties {
            }

            class Box {
                constructor(p?: wx.v1.LatestAnalysisRequest.Box.$Properties);
                $unknowns?: Uint8Array[];
                southDeg: number;
                westDeg: number;
                northDeg: number;
                eastDeg: number;
                static create(properties: wx.v1.LatestAnalysisRequest.Box.$Shape): wx.v1.LatestAnalysisRequest.Box & wx.v1.LatestAnalysisRequest.Box.$Shape;
                static create(properties?: wx.v1.LatestAnalysisRequest.Box.$Properties): wx.v1.LatestAnalysisRequest.Box;
                static encode(m: wx.v1.LatestAnalysisRequest.Box.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static encodeDelimited(message: wx.v1.LatestAnalysisRequest.Box.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): wx.v1.LatestAnalysisRequest.Box & wx.v1.LatestAnalysisRequest.Box.$Shape;
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): wx.v1.LatestAnalysisRequest.Box & wx.v1.LatestAnalysisRequest.Box.$Shape;
                static verify(m: { [k: string]: any }): (string|null);
                static fromObject(d: { [k: string]: any }): wx.v1.LatestAnalysisRequest.Box;
                static toObject(m: wx.v1.LatestAnalysisRequest.Box, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace Box {
                interface $Properties {
                    southDeg?: (number|null);
                    westDeg?: (number|null);
                    northDeg?: (number|null);
                    eastDeg?: (number|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = wx.v1.LatestAnalysisRequest.Box.$Properties;
            }
        }

        interface IAnalysisValue extends wx.v1.AnalysisValue.$Properties {
        }

        class AnalysisValue {
            constructor(p?: wx.v1.AnalysisValue.$Properties);
            $unknowns?: Uint8Array[];
            variable: string;
            value: number;
            spread: number;
            static create(properties: wx.v1.AnalysisValue.$Shape): wx.v1.AnalysisValue & wx.v1.AnalysisValue.$Shape;
            static create(properties?: wx.v1.AnalysisValue.$Properties): wx.v1.AnalysisValue;
            static encode(m: wx.v1.AnalysisValue.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: wx.v1.AnalysisValue.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): wx.v1.AnalysisValue & wx.v1.AnalysisValue.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): wx.v1.AnalysisValue & wx.v1.AnalysisValue.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): wx.v1.AnalysisValue;
            static toObject(m: wx.v1.AnalysisValue, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace AnalysisValue {
            interface $Properties {
                variable?: (string|null);
                value?: (number|null);
                spread?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = wx.v1.AnalysisValue.$Properties;
        }

        interface IAnalysisPoint extends wx.v1.AnalysisPoint.$Properties {
        }

        class AnalysisPoint {
            constructor(p?: wx.v1.AnalysisPoint.$Properties);
            $unknowns?: Uint8Array[];
            latDeg: number;
            lonDeg: number;
            values: wx.v1.AnalysisValue.$Properties[];
            static create(properties: wx.v1.AnalysisPoint.$Shape): wx.v1.AnalysisPoint & wx.v1.AnalysisPoint.$Shape;
            static create(properties?: wx.v1.AnalysisPoint.$Properties): wx.v1.AnalysisPoint;
            static encode(m: wx.v1.AnalysisPoint.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: wx.v1.AnalysisPoint.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): wx.v1.AnalysisPoint & wx.v1.AnalysisPoint.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): wx.v1.AnalysisPoint & wx.v1.AnalysisPoint.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): wx.v1.AnalysisPoint;
            static toObject(m: wx.v1.AnalysisPoint, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace AnalysisPoint {
            interface $Properties {
                latDeg?: (number|null);
                lonDeg?: (number|null);
                values?: (wx.v1.AnalysisValue.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = wx.v1.AnalysisPoint.$Properties;
        }

        interface ILatestAnalysis extends wx.v1.LatestAnalysis.$Properties {
        }

        class LatestAnalysis {
            constructor(p?: wx.v1.LatestAnalysis.$Properties);
            $unknowns?: Uint8Array[];
            timeMs: number;
            points: wx.v1.AnalysisPoint.$Properties[];
            static create(properties: wx.v1.LatestAnalysis.$Shape): wx.v1.LatestAnalysis & wx.v1.LatestAnalysis.$Shape;
            static create(properties?: wx.v1.LatestAnalysis.$Properties): wx.v1.LatestAnalysis;
            static encode(m: wx.v1.LatestAnalysis.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: wx.v1.LatestAnalysis.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): wx.v1.LatestAnalysis & wx.v1.LatestAnalysis.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): wx.v1.LatestAnalysis & wx.v1.LatestAnalysis.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): wx.v1.LatestAnalysis;
            static toObject(m: wx.v1.LatestAnalysis, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace LatestAnalysis {
            interface $Properties {
                timeMs?: (number|null);
                points?: (wx.v1.AnalysisPoint.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = wx.v1.LatestAnalysis.$Properties;
        }

        interface ITileRequest extends wx.v1.TileRequest.$Properties {
        }

        class TileRequest {
            constructor(p?: wx.v1.TileRequest.$Properties);
            $unknowns?: Uint8Array[];
            variable: string;
            z: number;
            x: number;
            y: number;
            leadHours: number;
            static create(properties: wx.v1.TileRequest.$Shape): wx.v1.TileRequest & wx.v1.TileRequest.$Shape;
            static create(properties?: wx.v1.TileRequest.$Properties): wx.v1.TileRequest;
            static encode(m: wx.v1.TileRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: wx.v1.TileRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): wx.v1.TileRequest & wx.v1.TileRequest.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): wx.v1.TileRequest & wx.v1.TileRequest.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): wx.v1.TileRequest;
            static toObject(m: wx.v1.TileRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace TileRequest {
            interface $Properties {
                variable?: (string|null);
                z?: (number|null);
                x?: (number|null);
                y?: (number|null);
                leadHours?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = wx.v1.TileRequest.$Properties;
        }

        interface ITile extends wx.v1.Tile.$Properties {
        }

        class Tile {
            constructor(p?: wx.v1.Tile.$Properties);
            $unknowns?: Uint8Array[];
            png: Uint8Array;
            static create(properties: wx.v1.Tile.$Shape): wx.v1.Tile & wx.v1.Tile.$Shape;
            static create(properties?: wx.v1.Tile.$Properties): wx.v1.Tile;
            static encode(m: wx.v1.Tile.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: wx.v1.Tile.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): wx.v1.Tile & wx.v1.Tile.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): wx.v1.Tile & wx.v1.Tile.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): wx.v1.Tile;
            static toObject(m: wx.v1.Tile, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Tile {
            interface $Properties {
                png?: (Uint8Array|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = wx.v1.Tile.$Properties;
        }

        class Fields extends $protobuf.rpc.Service {
            constructor(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean);
            static create(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean): Fields;
            getPointForecast: wx.v1.Fields.GetPointForecast;
            getLatestAnalysis: wx.v1.Fields.GetLatestAnalysis;
            getTile: wx.v1.Fields.GetTile;
        }

        namespace Fields {
            type GetPointForecastCallback = (error: (Error|null), response?: wx.v1.PointForecast) => void;
            type GetPointForecast = {
              (request: wx.v1.IPointForecastRequest, callback: wx.v1.Fields.GetPointForecastCallback): void;
              (request: wx.v1.IPointForecastRequest): Promise<wx.v1.PointForecast>;
              readonly name: "GetPointForecast";
              readonly path: "/wx.v1.Fields/GetPointForecast";
              readonly requestType: "PointForecastRequest";
              readonly responseType: "PointForecast";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };
            type GetLatestAnalysisCallback = (error: (Error|null), response?: wx.v1.LatestAnalysis) => void;
            type GetLatestAnalysis = {
              (request: wx.v1.ILatestAnalysisRequest, callback: wx.v1.Fields.GetLatestAnalysisCallback): void;
              (request: wx.v1.ILatestAnalysisRequest): Promise<wx.v1.LatestAnalysis>;
              readonly name: "GetLatestAnalysis";
              readonly path: "/wx.v1.Fields/GetLatestAnalysis";
              readonly requestType: "LatestAnalysisRequest";
              readonly responseType: "LatestAnalysis";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };
            type GetTileCallback = (error: (Error|null), response?: wx.v1.Tile) => void;
            type GetTile = {
              (request: wx.v1.ITileRequest, callback: wx.v1.Fields.GetTileCallback): void;
              (request: wx.v1.ITileRequest): Promise<wx.v1.Tile>;
              readonly name: "GetTile";
              readonly path: "/wx.v1.Fields/GetTile";
              readonly requestType: "TileRequest";
              readonly responseType: "Tile";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };
        }

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

        interface IWatchDeploysRequest extends wx.v1.WatchDeploysRequest.$Properties {
        }

        class WatchDeploysRequest {
            constructor(p?: wx.v1.WatchDeploysRequest.$Properties);
            $unknowns?: Uint8Array[];
            gatewayId: string;
            deviceIds: string[];
            static create(properties: wx.v1.WatchDeploysRequest.$Shape): wx.v1.WatchDeploysRequest & wx.v1.WatchDeploysRequest.$Shape;
            static create(properties?: wx.v1.WatchDeploysRequest.$Properties): wx.v1.WatchDeploysRequest;
            static encode(m: wx.v1.WatchDeploysRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: wx.v1.WatchDeploysRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): wx.v1.WatchDeploysRequest & wx.v1.WatchDeploysRequest.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): wx.v1.WatchDeploysRequest & wx.v1.WatchDeploysRequest.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): wx.v1.WatchDeploysRequest;
            static toObject(m: wx.v1.WatchDeploysRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace WatchDeploysRequest {
            interface $Properties {
                gatewayId?: (string|null);
                deviceIds?: (string[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = wx.v1.WatchDeploysRequest.$Properties;
        }

        interface IDeviceDeploy extends wx.v1.DeviceDeploy.$Properties {
        }

        class DeviceDeploy {
            constructor(p?: wx.v1.DeviceDeploy.$Properties);
            $unknowns?: Uint8Array[];
            deviceId: string;
            deploy?: (wx.v1.ModelDeploy.$Properties|null);
            static create(properties: wx.v1.DeviceDeploy.$Shape): wx.v1.DeviceDeploy & wx.v1.DeviceDeploy.$Shape;
            static create(properties?: wx.v1.DeviceDeploy.$Properties): wx.v1.DeviceDeploy;
            static encode(m: wx.v1.DeviceDeploy.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: wx.v1.DeviceDeploy.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): wx.v1.DeviceDeploy & wx.v1.DeviceDeploy.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): wx.v1.DeviceDeploy & wx.v1.DeviceDeploy.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): wx.v1.DeviceDeploy;
            static toObject(m: wx.v1.DeviceDeploy, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace DeviceDeploy {
            interface $Properties {
                deviceId?: (string|null);
                deploy?: (wx.v1.ModelDeploy.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = wx.v1.DeviceDeploy.$Properties;
        }

        interface IDeploySet extends wx.v1.DeploySet.$Properties {
        }

        class DeploySet {
            constructor(p?: wx.v1.DeploySet.$Properties);
            $unknowns?: Uint8Array[];
            deploys: wx.v1.DeviceDeploy.$Properties[];
            static create(properties: wx.v1.DeploySet.$Shape): wx.v1.DeploySet & wx.v1.DeploySet.$Shape;
            static create(properties?: wx.v1.DeploySet.$Properties): wx.v1.DeploySet;
            static encode(m: wx.v1.DeploySet.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: wx.v1.DeploySet.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): wx.v1.DeploySet & wx.v1.DeploySet.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): wx.v1.DeploySet & wx.v1.DeploySet.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): wx.v1.DeploySet;
            static toObject(m: wx.v1.DeploySet, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace DeploySet {
            interface $Properties {
                deploys?: (wx.v1.DeviceDeploy.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = wx.v1.DeploySet.$Properties;
        }

        interface IFetchChunkRequest extends wx.v1.FetchChunkRequest.$Properties {
        }

        class FetchChunkRequest {
            constructor(p?: wx.v1.FetchChunkRequest.$Properties);
            $unknowns?: Uint8Array[];
            modelId: string;
            version: string;
            offset: number;
            length: number;
            static create(properties: wx.v1.FetchChunkRequest.$Shape): wx.v1.FetchChunkRequest & wx.v1.FetchChunkRequest.$Shape;
            static create(properties?: wx.v1.FetchChunkRequest.$Properties): wx.v1.FetchChunkRequest;
            static encode(m: wx.v1.FetchChunkRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: wx.v1.FetchChunkRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): wx.v1.FetchChunkRequest & wx.v1.FetchChunkRequest.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): wx.v1.FetchChunkRequest & wx.v1.FetchChunkRequest.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): wx.v1.FetchChunkRequest;
            static toObject(m: wx.v1.FetchChunkRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace FetchChunkRequest {
            interface $Properties {
                modelId?: (string|null);
                version?: (string|null);
                offset?: (number|null);
                length?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = wx.v1.FetchChunkRequest.$Properties;
        }

        class GatewayControl extends $protobuf.rpc.Service {
            constructor(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean);
            static create(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean): GatewayControl;
            watchDeploys: wx.v1.GatewayControl.WatchDeploys;
            fetchModelChunk: wx.v1.GatewayControl.FetchModelChunk;
        }

        namespace GatewayControl {
            type WatchDeploysCallback = (error: (Error|null), response?: wx.v1.DeploySet) => void;
            type WatchDeploys = {
              (request: wx.v1.IWatchDeploysRequest, callback: wx.v1.GatewayControl.WatchDeploysCallback): void;
              (request: wx.v1.IWatchDeploysRequest): Promise<wx.v1.DeploySet>;
              readonly name: "WatchDeploys";
              readonly path: "/wx.v1.GatewayControl/WatchDeploys";
              readonly requestType: "WatchDeploysRequest";
              readonly responseType: "DeploySet";
              readonly requestStream: undefined;
              readonly responseStream: true;
            };
            type FetchModelChunkCallback = (error: (Error|null), response?: wx.v1.ModelChunk) => void;
            type FetchModelChunk = {
              (request: wx.v1.IFetchChunkRequest, callback: wx.v1.GatewayControl.FetchModelChunkCallback): void;
              (request: wx.v1.IFetchChunkRequest): Promise<wx.v1.ModelChunk>;
              readonly name: "FetchModelChunk";
              readonly path: "/wx.v1.GatewayControl/FetchModelChunk";
              readonly requestType: "FetchChunkRequest";
              readonly responseType: "ModelChunk";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };
        }

        interface IRegisterModelRequest extends wx.v1.RegisterModelRequest.$Properties {
        }

        class RegisterModelRequest {
            constructor(p?: wx.v1.RegisterModelRequest.$Properties);
            $unknowns?: Uint8Array[];
            cardJson: string;
            file: Uint8Array;
            signature: Uint8Array;
            static create(properties: wx.v1.RegisterModelRequest.$Shape): wx.v1.RegisterModelRequest & wx.v1.RegisterModelRequest.$Shape;
            static create(properties?: wx.v1.RegisterModelRequest.$Properties): wx.v1.RegisterModelRequest;
            static encode(m: wx.v1.RegisterModelRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: wx.v1.RegisterModelRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): wx.v1.RegisterModelRequest & wx.v1.RegisterModelRequest.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): wx.v1.RegisterModelRequest & wx.v1.RegisterModelRequest.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): wx.v1.RegisterModelRequest;
            static toObject(m: wx.v1.RegisterModelRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace RegisterModelRequest {
            interface $Properties {
                cardJson?: (string|null);
                file?: (Uint8Array|null);
                signature?: (Uint8Array|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = wx.v1.RegisterModelRequest.$Properties;
        }

        interface IModelVersionInfo extends wx.v1.ModelVersionInfo.$Properties {
        }

        class ModelVersionInfo {
            constructor(p?: wx.v1.ModelVersionInfo.$Properties);
            $unknowns?: Uint8Array[];
            modelId: string;
            version: string;
            sha256: string;
            sizeBytes: number;
            signature: Uint8Array;
            registeredMs: number;
            static create(properties: wx.v1.ModelVersionInfo.$Shape): wx.v1.ModelVersionInfo & wx.v1.ModelVersionInfo.$Shape;
            static create(properties?: wx.v1.ModelVersionInfo.$Properties): wx.v1.ModelVersionInfo;
            static encode(m: wx.v1.ModelVersionInfo.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: wx.v1.ModelVersionInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): wx.v1.ModelVersionInfo & wx.v1.ModelVersionInfo.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): wx.v1.ModelVersionInfo & wx.v1.ModelVersionInfo.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): wx.v1.ModelVersionInfo;
            static toObject(m: wx.v1.ModelVersionInfo, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ModelVersionInfo {
            interface $Properties {
                modelId?: (string|null);
                version?: (string|null);
                sha256?: (string|null);
                sizeBytes?: (number|null);
                signature?: (Uint8Array|null);
                registeredMs?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = wx.v1.ModelVersionInfo.$Properties;
        }

        interface IListModelsRequest extends wx.v1.ListModelsRequest.$Properties {
        }

        class ListModelsRequest {
            constructor(p?: wx.v1.ListModelsRequest.$Properties);
            $unknowns?: Uint8Array[];
            static create(properties: wx.v1.ListModelsRequest.$Shape): wx.v1.ListModelsRequest & wx.v1.ListModelsRequest.$Shape;
            static create(properties?: wx.v1.ListModelsRequest.$Properties): wx.v1.ListModelsRequest;
            static encode(m: wx.v1.ListModelsRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: wx.v1.ListModelsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): wx.v1.ListModelsRequest & wx.v1.ListModelsRequest.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): wx.v1.ListModelsRequest & wx.v1.ListModelsRequest.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): wx.v1.ListModelsRequest;
            static toObject(m: wx.v1.ListModelsRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ListModelsRequest {
            interface $Properties {
                $unknowns?: Uint8Array[];
            }
            type $Shape = wx.v1.ListModelsRequest.$Properties;
        }

        interface IModelVersionList extends wx.v1.ModelVersionList.$Properties {
        }

        class ModelVersionList {
            constructor(p?: wx.v1.ModelVersionList.$Properties);
            $unknowns?: Uint8Array[];
            models: wx.v1.ModelVersionInfo.$Properties[];
            static create(properties: wx.v1.ModelVersionList.$Shape): wx.v1.ModelVersionList & wx.v1.ModelVersionList.$Shape;
            static create(properties?: wx.v1.ModelVersionList.$Properties): wx.v1.ModelVersionList;
            static encode(m: wx.v1.ModelVersionList.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: wx.v1.ModelVersionList.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): wx.v1.ModelVersionList & wx.v1.ModelVersionList.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): wx.v1.ModelVersionList & wx.v1.ModelVersionList.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): wx.v1.ModelVersionList;
            static toObject(m: wx.v1.ModelVersionList, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ModelVersionList {
            interface $Properties {
                models?: (wx.v1.ModelVersionInfo.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = wx.v1.ModelVersionList.$Properties;
        }

        interface ICreateDeploymentRequest extends wx.v1.CreateDeploymentRequest.$Properties {
        }

        class CreateDeploymentRequest {
            constructor(p?: wx.v1.CreateDeploymentRequest.$Properties);
            $unknowns?: Uint8Array[];
            modelId: string;
            version: string;
            deviceIds: string[];
            site: string;
            canaryShare: number;
            static create(properties: wx.v1.CreateDeploymentRequest.$Shape): wx.v1.CreateDeploymentRequest & wx.v1.CreateDeploymentRequest.$Shape;
            static create(properties?: wx.v1.CreateDeploymentRequest.$Properties): wx.v1.CreateDeploymentRequest;
            static encode(m: wx.v1.CreateDeploymentRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: wx.v1.CreateDeploymentRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): wx.v1.CreateDeploymentRequest & wx.v1.CreateDeploymentRequest.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): wx.v1.CreateDeploymentRequest & wx.v1.CreateDeploymentRequest.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): wx.v1.CreateDeploymentRequest;
            static toObject(m: wx.v1.CreateDeploymentRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace CreateDeploymentRequest {
            interface $Properties {
                modelId?: (string|null);
                version?: (string|null);
                deviceIds?: (string[]|null);
                site?: (string|null);
                canaryShare?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = wx.v1.CreateDeploymentRequest.$Properties;
        }

        interface IDeploymentTarget extends wx.v1.DeploymentTarget.$Properties {
        }

        class DeploymentTarget {
            constructor(p?: wx.v1.DeploymentTarget.$Properties);
            $unknowns?: Uint8Array[];
            deviceId: string;
            phase: string;
            released: boolean;
            state: string;
            reason: string;
            updatedMs: number;
            static create(properties: wx.v1.DeploymentTarget.$Shape): wx.v1.DeploymentTarget & wx.v1.DeploymentTarget.$Shape;
            static create(properties?: wx.v1.DeploymentTarget.$Properties): wx.v1.DeploymentTarget;
            static encode(m: wx.v1.DeploymentTarget.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: wx.v1.DeploymentTarget.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): wx.v1.DeploymentTarget & wx.v1.DeploymentTarget.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): wx.v1.DeploymentTarget & wx.v1.DeploymentTarget.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): wx.v1.DeploymentTarget;
            static toObject(m: wx.v1.DeploymentTarget, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace DeploymentTarget {
            interface $Properties {
                deviceId?: (string|null);
                phase?: (string|null);
                released?: (boolean|null);
                state?: (string|null);
                reason?: (string|null);
                updatedMs?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = wx.v1.DeploymentTarget.$Properties;
        }

        interface IDeploymentInfo extends wx.v1.DeploymentInfo.$Properties {
        }

        class DeploymentInfo {
            constructor(p?: wx.v1.DeploymentInfo.$Properties);
            $unknowns?: Uint8Array[];
            deploymentId: string;
            modelId: string;
            version: string;
            state: string;
            canaryShare: number;
            createdMs: number;
            targets: wx.v1.DeploymentTarget.$Properties[];
            static create(properties: wx.v1.DeploymentInfo.$Shape): wx.v1.DeploymentInfo & wx.v1.DeploymentInfo.$Shape;
            static create(properties?: wx.v1.DeploymentInfo.$Properties): wx.v1.DeploymentInfo;
            static encode(m: wx.v1.DeploymentInfo.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: wx.v1.DeploymentInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): wx.v1.DeploymentInfo & wx.v1.DeploymentInfo.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): wx.v1.DeploymentInfo & wx.v1.DeploymentInfo.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): wx.v1.DeploymentInfo;
            static toObject(m: wx.v1.DeploymentInfo, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace DeploymentInfo {
            interface $Properties {
                deploymentId?: (string|null);
                modelId?: (string|null);
                version?: (string|null);
                state?: (string|null);
                canaryShare?: (number|null);
                createdMs?: (number|null);
                targets?: (wx.v1.DeploymentTarget.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = wx.v1.DeploymentInfo.$Properties;
        }

        interface IGetDeploymentRequest extends wx.v1.GetDeploymentRequest.$Properties {
        }

        class GetDeploymentRequest {
            constructor(p?: wx.v1.GetDeploymentRequest.$Properties);
            $unknowns?: Uint8Array[];
            deploymentId: string;
            static create(properties: wx.v1.GetDeploymentRequest.$Shape): wx.v1.GetDeploymentRequest & wx.v1.GetDeploymentRequest.$Shape;
            static create(properties?: wx.v1.GetDeploymentRequest.$Properties): wx.v1.GetDeploymentRequest;
            static encode(m: wx.v1.GetDeploymentRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: wx.v1.GetDeploymentRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): wx.v1.GetDeploymentRequest & wx.v1.GetDeploymentRequest.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): wx.v1.GetDeploymentRequest & wx.v1.GetDeploymentRequest.$Shape;
            static verify(m: { [k: string]: any }): (string|null);
            static fromObject(d: { [k: string]: any }): wx.v1.GetDeploymentRequest;
            static toObject(m: wx.v1.GetDeploymentRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace GetDeploymentRequest {
            interface $Properties {
                deploymentId?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = wx.v1.GetDeploymentRequest.$Properties;
        }

        class ModelOps extends $protobuf.rpc.Service {
            constructor(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean);
            static create(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean): ModelOps;
            registerModel: wx.v1.ModelOps.RegisterModel;
            listModels: wx.v1.ModelOps.ListModels;
            createDeployment: wx.v1.ModelOps.CreateDeployment;
            getDeployment: wx.v1.ModelOps.GetDeployment;
        }

        namespace ModelOps {
            type RegisterModelCallback = (error: (Error|null), response?: wx.v1.ModelVersionInfo) => void;
            type RegisterModel = {
              (request: wx.v1.IRegisterModelRequest, callback: wx.v1.ModelOps.RegisterModelCallback): void;
              (request: wx.v1.IRegisterModelRequest): Promise<wx.v1.ModelVersionInfo>;
              readonly name: "RegisterModel";
              readonly path: "/wx.v1.ModelOps/RegisterModel";
              readonly requestType: "RegisterModelRequest";
              readonly responseType: "ModelVersionInfo";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };
            type ListModelsCallback = (error: (Error|null), response?: wx.v1.ModelVersionList) => void;
            type ListModels = {
              (request: wx.v1.IListModelsRequest, callback: wx.v1.ModelOps.ListModelsCallback): void;
              (request: wx.v1.IListModelsRequest): Promise<wx.v1.ModelVersionList>;
              readonly name: "ListModels";
              readonly path: "/wx.v1.ModelOps/ListModels";
              readonly requestType: "ListModelsRequest";
              readonly responseType: "ModelVersionList";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };
            type CreateDeploymentCallback = (error: (Error|null), response?: wx.v1.DeploymentInfo) => void;
            type CreateDeployment = {
              (request: wx.v1.ICreateDeploymentRequest, callback: wx.v1.ModelOps.CreateDeploymentCallback): void;
              (request: wx.v1.ICreateDeploymentRequest): Promise<wx.v1.DeploymentInfo>;
              readonly name: "CreateDeployment";
              readonly path: "/wx.v1.ModelOps/CreateDeployment";
              readonly requestType: "CreateDeploymentRequest";
              readonly responseType: "DeploymentInfo";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };
            type GetDeploymentCallback = (error: (Error|null), response?: wx.v1.DeploymentInfo) => void;
            type GetDeployment = {
              (request: wx.v1.IGetDeploymentRequest, callback: wx.v1.ModelOps.GetDeploymentCallback): void;
              (request: wx.v1.IGetDeploymentRequest): Promise<wx.v1.DeploymentInfo>;
              readonly name: "GetDeployment";
              readonly path: "/wx.v1.ModelOps/GetDeployment";
              readonly requestType: "GetDeploymentRequest";
              readonly responseType: "DeploymentInfo";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };
        }
    }
}
