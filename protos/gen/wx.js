/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $String = $util.global.String, $Number = $util.global.Number, $parseInt = $util.global.parseInt, $BigInt = $util.global.BigInt, $isFinite = $util.global.isFinite, $Array = $util.global.Array, $Boolean = $util.global.Boolean;

// Exported root namespace
const $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

export const wx = $root.wx = (() => {

    /**
     * Namespace wx.
     * @exports wx
     * @namespace
     */
    const wx = {};

    wx.v1 = (function() {

        /**
         * Namespace v1.
         * @memberof wx
         * @namespace
         */
        const v1 = {};

        /**
         * SpatialTest enum.
         * @name wx.v1.SpatialTest
         * @enum {number}
         * @property {number} SPATIAL_TEST_NONE=0 SPATIAL_TEST_NONE value
         * @property {number} SPATIAL_TEST_BUDDY=1 SPATIAL_TEST_BUDDY value
         * @property {number} SPATIAL_TEST_SCT=2 SPATIAL_TEST_SCT value
         * @property {number} SPATIAL_TEST_ISOLATION=4 SPATIAL_TEST_ISOLATION value
         * @property {number} SPATIAL_TEST_DUPLICATE=8 SPATIAL_TEST_DUPLICATE value
         */
        v1.SpatialTest = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "SPATIAL_TEST_NONE"] = 0;
            values[valuesById[1] = "SPATIAL_TEST_BUDDY"] = 1;
            values[valuesById[2] = "SPATIAL_TEST_SCT"] = 2;
            values[valuesById[4] = "SPATIAL_TEST_ISOLATION"] = 4;
            values[valuesById[8] = "SPATIAL_TEST_DUPLICATE"] = 8;
            return values;
        })();

        v1.SpatialQc = (function() {

            /**
             * Properties of a SpatialQc.
             * @typedef {Object} wx.v1.SpatialQc.$Properties
             * @property {string|null} [deviceId] SpatialQc deviceId
             * @property {number|null} [seq] SpatialQc seq
             * @property {number|null} [timeMs] SpatialQc timeMs
             * @property {wx.v1.Variable|null} [variable] SpatialQc variable
             * @property {wx.v1.QcFlag|null} [flag] SpatialQc flag
             * @property {number|null} [tests] SpatialQc tests
             * @property {number|null} [trust] SpatialQc trust
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SpatialQc.
             * @memberof wx.v1
             * @interface ISpatialQc
             * @augments wx.v1.SpatialQc.$Properties
             * @deprecated Use wx.v1.SpatialQc.$Properties instead.
             */

            /**
             * Shape of a SpatialQc.
             * @typedef {wx.v1.SpatialQc.$Properties} wx.v1.SpatialQc.$Shape
             */

            /**
             * Constructs a new SpatialQc.
             * @memberof wx.v1
             * @classdesc Represents a SpatialQc.
             * @constructor
             * @param {wx.v1.SpatialQc.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SpatialQc = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * SpatialQc deviceId.
             * @member {string} deviceId
             * @memberof wx.v1.SpatialQc
             * @instance
             */
            SpatialQc.prototype.deviceId = "";

            /**
             * SpatialQc seq.
             * @member {number} seq
             * @memberof wx.v1.SpatialQc
             * @instance
             */
            SpatialQc.prototype.seq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * SpatialQc timeMs.
             * @member {number} timeMs
             * @memberof wx.v1.SpatialQc
             * @instance
             */
            SpatialQc.prototype.timeMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * SpatialQc variable.
             * @member {wx.v1.Variable} variable
             * @memberof wx.v1.SpatialQc
             * @instance
             */
            SpatialQc.prototype.variable = 0;

            /**
             * SpatialQc flag.
             * @member {wx.v1.QcFlag} flag
             * @memberof wx.v1.SpatialQc
             * @instance
             */
            SpatialQc.prototype.flag = 0;

            /**
             * SpatialQc tests.
             * @member {number} tests
             * @memberof wx.v1.SpatialQc
             * @instance
             */
            SpatialQc.prototype.tests = 0;

            /**
             * SpatialQc trust.
             * @member {number} trust
             * @memberof wx.v1.SpatialQc
             * @instance
             */
            SpatialQc.prototype.trust = 0;

            /**
             * Creates a new SpatialQc instance using the specified properties.
             * @function create
             * @memberof wx.v1.SpatialQc
             * @static
             * @param {wx.v1.SpatialQc.$Properties=} [properties] Properties to set
             * @returns {wx.v1.SpatialQc} SpatialQc instance
             * @type {{
             *   (properties: wx.v1.SpatialQc.$Shape): wx.v1.SpatialQc & wx.v1.SpatialQc.$Shape;
             *   (properties?: wx.v1.SpatialQc.$Properties): wx.v1.SpatialQc;
             * }}
             */
            SpatialQc.create = function(properties) {
                return new SpatialQc(properties);
            };

            /**
             * Encodes the specified SpatialQc message. Does not implicitly {@link wx.v1.SpatialQc.verify|verify} messages.
             * @function encode
             * @memberof wx.v1.SpatialQc
             * @static
             * @param {wx.v1.SpatialQc.$Properties} m SpatialQc message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SpatialQc.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.deviceId != null && $Object.hasOwnProperty.call(m, "deviceId") && m.deviceId !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.deviceId);
                if (m.seq != null && $Object.hasOwnProperty.call(m, "seq") && (typeof m.seq === "object" ? m.seq.low || m.seq.high : m.seq !== 0))
                    w.uint32(/* id 2, wireType 0 =*/16).uint64(m.seq);
                if (m.timeMs != null && $Object.hasOwnProperty.call(m, "timeMs") && (typeof m.timeMs === "object" ? m.timeMs.low || m.timeMs.high : m.timeMs !== 0))
                    w.uint32(/* id 3, wireType 0 =*/24).int64(m.timeMs);
                if (m.variable != null && $Object.hasOwnProperty.call(m, "variable") && m.variable !== 0)
                    w.uint32(/* id 4, wireType 0 =*/32).int32(m.variable);
                if (m.flag != null && $Object.hasOwnProperty.call(m, "flag") && m.flag !== 0)
                    w.uint32(/* id 5, wireType 0 =*/40).int32(m.flag);
                if (m.tests != null && $Object.hasOwnProperty.call(m, "tests") && m.tests !== 0)
                    w.uint32(/* id 6, wireType 0 =*/48).uint32(m.tests);
                if (m.trust != null && $Object.hasOwnProperty.call(m, "trust") && !$Object.is(m.trust, 0))
                    w.uint32(/* id 7, wireType 1 =*/57).double(m.trust);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified SpatialQc message, length delimited. Does not implicitly {@link wx.v1.SpatialQc.verify|verify} messages.
             * @function encodeDelimited
             * @memberof wx.v1.SpatialQc
             * @static
             * @param {wx.v1.SpatialQc.$Properties} message SpatialQc message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SpatialQc.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a SpatialQc message from the specified reader or buffer.
             * @function decode
             * @memberof wx.v1.SpatialQc
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {wx.v1.SpatialQc & wx.v1.SpatialQc.$Shape} SpatialQc
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SpatialQc.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.wx.v1.SpatialQc();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.deviceId = v;
                            else
                                delete m.deviceId;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.seq = v;
                            else
                                delete m.seq;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.timeMs = v;
                            else
                                delete m.timeMs;
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            if (v = r.int32())
                                m.variable = v;
                            else
                                delete m.variable;
                            continue;
                        }
                    case 5: {
                            if (u !== 0)
                                break;
                            if (v = r.int32())
                                m.flag = v;
                            else
                                delete m.flag;
                            continue;
                        }
                    case 6: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.tests = v;
                            else
                                delete m.tests;
                            continue;
                        }
                    case 7: {
                            if (u !== 1)
                                break;
                            if (!$Object.is(v = r.double(), 0))
                                m.trust = v;
                            else
                                delete m.trust;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes a SpatialQc message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof wx.v1.SpatialQc
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {wx.v1.SpatialQc & wx.v1.SpatialQc.$Shape} SpatialQc
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SpatialQc.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a SpatialQc message.
             * @function verify
             * @memberof wx.v1.SpatialQc
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            SpatialQc.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.deviceId != null && $Object.hasOwnProperty.call(m, "deviceId")) {
                    if (!$util.isString(m.deviceId))
                        return "deviceId: string expected";
                }
                if (m.seq != null && $Object.hasOwnProperty.call(m, "seq")) {
                    if (!$util.isInteger(m.seq) && !(m.seq && $util.isInteger(m.seq.low) && $util.isInteger(m.seq.high)))
                        return "seq: integer|Long expected";
                }
                if (m.timeMs != null && $Object.hasOwnProperty.call(m, "timeMs")) {
                    if (!$util.isInteger(m.timeMs) && !(m.timeMs && $util.isInteger(m.timeMs.low) && $util.isInteger(m.timeMs.high)))
                        return "timeMs: integer|Long expected";
                }
                if (m.variable != null && $Object.hasOwnProperty.call(m, "variable")) {
                    if (typeof m.variable !== "number" || (m.variable | 0) !== m.variable)
                        return "variable: enum value expected";
                }
                if (m.flag != null && $Object.hasOwnProperty.call(m, "flag")) {
                    if (typeof m.flag !== "number" || (m.flag | 0) !== m.flag)
                        return "flag: enum value expected";
                }
                if (m.tests != null && $Object.hasOwnProperty.call(m, "tests")) {
                    if (!$util.isInteger(m.tests))
                        return "tests: integer expected";
                }
                if (m.trust != null && $Object.hasOwnProperty.call(m, "trust")) {
                    if (typeof m.trust !== "number")
                        return "trust: number expected";
                }
                return null;
            };

            /**
             * Creates a SpatialQc message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof wx.v1.SpatialQc
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {wx.v1.SpatialQc} SpatialQc
             */
            SpatialQc.fromObject = function (d, q) {
                if (d instanceof $root.wx.v1.SpatialQc)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".wx.v1.SpatialQc: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.wx.v1.SpatialQc();
                if (d.deviceId != null) {
                    if (typeof d.deviceId !== "string" || d.deviceId.length) {
                        m.deviceId = $String(d.deviceId);
                    }
                }
                if (d.seq != null) {
                    if (typeof d.seq === "object" ? d.seq.low || d.seq.high : $Number(d.seq) !== 0) {
                        if ($util.Long)
                            m.seq = $util.Long.fromValue(d.seq, true);
                        else if (typeof d.seq === "string")
                            m.seq = $parseInt(d.seq, 10);
                        else if (typeof d.seq === "number")
                            m.seq = d.seq;
                        else if (typeof d.seq === "object")
                            m.seq = new $util.LongBits(d.seq.low >>> 0, d.seq.high >>> 0).toNumber(true);
                    }
                }
                if (d.timeMs != null) {
                    if (typeof d.timeMs === "object" ? d.timeMs.low || d.timeMs.high : $Number(d.timeMs) !== 0) {
                        if ($util.Long)
                            m.timeMs = $util.Long.fromValue(d.timeMs, false);
                        else if (typeof d.timeMs === "string")
                            m.timeMs = $parseInt(d.timeMs, 10);
                        else if (typeof d.timeMs === "number")
                            m.timeMs = d.timeMs;
                        else if (typeof d.timeMs === "object")
                            m.timeMs = new $util.LongBits(d.timeMs.low >>> 0, d.timeMs.high >>> 0).toNumber();
                    }
                }
                if (d.variable !== 0 && (typeof d.variable !== "string" || $root.wx.v1.Variable[d.variable] !== 0)) {
                    switch (d.variable) {
                    case "VARIABLE_UNSPECIFIED":
                    case 0:
                        m.variable = 0;
                        break;
                    case "TEMPERATURE":
                    case 1:
                        m.variable = 1;
                        break;
                    case "PRESSURE":
                    case 2:
                        m.variable = 2;
                        break;
                    case "DEW_POINT":
                    case 3:
                        m.variable = 3;
                        break;
                    case "RELATIVE_HUMIDITY":
                    case 4:
                        m.variable = 4;
                        break;
                    case "WIND_SPEED":
                    case 5:
                        m.variable = 5;
                        break;
                    case "WIND_DIRECTION":
                    case 6:
                        m.variable = 6;
                        break;
                    case "PRECIPITATION":
                    case 7:
                        m.variable = 7;
                        break;
                    default:
                        if (typeof d.variable === "number" && (d.variable | 0) === d.variable)
                            m.variable = d.variable;
                    }
                }
                if (d.flag !== 0 && (typeof d.flag !== "string" || $root.wx.v1.QcFlag[d.flag] !== 0)) {
                    switch (d.flag) {
                    case "QC_FLAG_UNSPECIFIED":
                    case 0:
                        m.flag = 0;
                        break;
                    case "QC_GOOD":
                    case 1:
                        m.flag = 1;
                        break;
                    case "QC_SUSPECT":
                    case 2:
                        m.flag = 2;
                        break;
                    case "QC_BAD":
                    case 3:
                        m.flag = 3;
                        break;
                    case "QC_MISSING":
                    case 4:
                        m.flag = 4;
                        break;
                    default:
                        if (typeof d.flag === "number" && (d.flag | 0) === d.flag)
                            m.flag = d.flag;
                    }
                }
                if (d.tests != null) {
                    if ($Number(d.tests) !== 0) {
                        m.tests = d.tests >>> 0;
                    }
                }
                if (d.trust != null) {
                    if (!$Object.is($Number(d.trust), 0)) {
                        m.trust = $Number(d.trust);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a SpatialQc message. Also converts values to other types if specified.
             * @function toObject
             * @memberof wx.v1.SpatialQc
             * @static
             * @param {wx.v1.SpatialQc} m SpatialQc
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SpatialQc.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.deviceId = "";
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.seq = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.seq = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.timeMs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.timeMs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.variable = o.enums === $String ? "VARIABLE_UNSPECIFIED" : 0;
                    d.flag = o.enums === $String ? "QC_FLAG_UNSPECIFIED" : 0;
                    d.tests = 0;
                    d.trust = 0;
                }
                if (m.deviceId != null && $Object.hasOwnProperty.call(m, "deviceId")) {
                    d.deviceId = m.deviceId;
                }
                if (m.seq != null && $Object.hasOwnProperty.call(m, "seq")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.seq = typeof m.seq === "number" ? $BigInt(m.seq) : $util.Long.fromBits(m.seq.low >>> 0, m.seq.high >>> 0, true).toBigInt();
                    else if (typeof m.seq === "number")
                        d.seq = o.longs === $String ? $String(m.seq) : m.seq;
                    else
                        d.seq = o.longs === $String ? $util.Long.prototype.toString.call(m.seq) : o.longs === $Number ? new $util.LongBits(m.seq.low >>> 0, m.seq.high >>> 0).toNumber(true) : m.seq;
                }
                if (m.timeMs != null && $Object.hasOwnProperty.call(m, "timeMs")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.timeMs = typeof m.timeMs === "number" ? $BigInt(m.timeMs) : $util.Long.fromBits(m.timeMs.low >>> 0, m.timeMs.high >>> 0, false).toBigInt();
                    else if (typeof m.timeMs === "number")
                        d.timeMs = o.longs === $String ? $String(m.timeMs) : m.timeMs;
                    else
                        d.timeMs = o.longs === $String ? $util.Long.prototype.toString.call(m.timeMs) : o.longs === $Number ? new $util.LongBits(m.timeMs.low >>> 0, m.timeMs.high >>> 0).toNumber() : m.timeMs;
                }
                if (m.variable != null && $Object.hasOwnProperty.call(m, "variable")) {
                    d.variable = o.enums === $String ? $root.wx.v1.Variable[m.variable] === $undefined ? m.variable : $root.wx.v1.Variable[m.variable] : m.variable;
                }
                if (m.flag != null && $Object.hasOwnProperty.call(m, "flag")) {
                    d.flag = o.enums === $String ? $root.wx.v1.QcFlag[m.flag] === $undefined ? m.flag : $root.wx.v1.QcFlag[m.flag] : m.flag;
                }
                if (m.tests != null && $Object.hasOwnProperty.call(m, "tests")) {
                    d.tests = m.tests;
                }
                if (m.trust != null && $Object.hasOwnProperty.call(m, "trust")) {
                    d.trust = o.json && !$isFinite(m.trust) ? $String(m.trust) : m.trust;
                }
                return d;
            };

            /**
             * Converts this SpatialQc to JSON.
             * @function toJSON
             * @memberof wx.v1.SpatialQc
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SpatialQc.prototype.toJSON = function() {
                return SpatialQc.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SpatialQc
             * @function getTypeUrl
             * @memberof wx.v1.SpatialQc
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SpatialQc.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/wx.v1.SpatialQc";
            };

            return SpatialQc;
        })();

        v1.FusedEstimate = (function() {

            /**
             * Properties of a FusedEstimate.
             * @typedef {Object} wx.v1.FusedEstimate.$Properties
             * @property {string|null} [h3Cell] FusedEstimate h3Cell
             * @property {number|null} [h3Resolution] FusedEstimate h3Resolution
             * @property {number|null} [timeMs] FusedEstimate timeMs
             * @property {wx.v1.Variable|null} [variable] FusedEstimate variable
             * @property {number|null} [value] FusedEstimate value
             * @property {number|null} [sd] FusedEstimate sd
             * @property {number|null} [stations] FusedEstimate stations
             * @property {number|null} [independentSeries] FusedEstimate independentSeries
             * @property {Array.<string>|null} [deviceIds] FusedEstimate deviceIds
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a FusedEstimate.
             * @memberof wx.v1
             * @interface IFusedEstimate
             * @augments wx.v1.FusedEstimate.$Properties
             * @deprecated Use wx.v1.FusedEstimate.$Properties instead.
             */

            /**
             * Shape of a FusedEstimate.
             * @typedef {wx.v1.FusedEstimate.$Properties} wx.v1.FusedEstimate.$Shape
             */

            /**
             * Constructs a new FusedEstimate.
             * @memberof wx.v1
             * @classdesc Represents a FusedEstimate.
             * @constructor
             * @param {wx.v1.FusedEstimate.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const FusedEstimate = function (p) {
                this.deviceIds = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * FusedEstimate h3Cell.
             * @member {string} h3Cell
             * @memberof wx.v1.FusedEstimate
             * @instance
             */
            FusedEstimate.prototype.h3Cell = "";

            /**
             * FusedEstimate h3Resolution.
             * @member {number} h3Resolution
             * @memberof wx.v1.FusedEstimate
             * @instance
             */
            FusedEstimate.prototype.h3Resolution = 0;

            /**
             * FusedEstimate timeMs.
             * @member {number} timeMs
             * @memberof wx.v1.FusedEstimate
             * @instance
             */
            FusedEstimate.prototype.timeMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * FusedEstimate variable.
             * @member {wx.v1.Variable} variable
             * @memberof wx.v1.FusedEstimate
             * @instance
             */
            FusedEstimate.prototype.variable = 0;

            /**
             * FusedEstimate value.
             * @member {number} value
             * @memberof wx.v1.FusedEstimate
             * @instance
             */
            FusedEstimate.prototype.value = 0;

            /**
             * FusedEstimate sd.
             * @member {number} sd
             * @memberof wx.v1.FusedEstimate
             * @instance
             */
            FusedEstimate.prototype.sd = 0;

            /**
             * FusedEstimate stations.
             * @member {number} stations
             * @memberof wx.v1.FusedEstimate
             * @instance
             */
            FusedEstimate.prototype.stations = 0;

            /**
             * FusedEstimate independentSeries.
             * @member {number} independentSeries
             * @memberof wx.v1.FusedEstimate
             * @instance
             */
            FusedEstimate.prototype.independentSeries = 0;

            /**
             * FusedEstimate deviceIds.
             * @member {Array.<string>} deviceIds
             * @memberof wx.v1.FusedEstimate
             * @instance
             */
            FusedEstimate.prototype.deviceIds = $util.emptyArray;

            /**
             * Creates a new FusedEstimate instance using the specified properties.
             * @function create
             * @memberof wx.v1.FusedEstimate
             * @static
             * @param {wx.v1.FusedEstimate.$Properties=} [properties] Properties to set
             * @returns {wx.v1.FusedEstimate} FusedEstimate instance
             * @type {{
             *   (properties: wx.v1.FusedEstimate.$Shape): wx.v1.FusedEstimate & wx.v1.FusedEstimate.$Shape;
             *   (properties?: wx.v1.FusedEstimate.$Properties): wx.v1.FusedEstimate;
             * }}
             */
            FusedEstimate.create = function(properties) {
                return new FusedEstimate(properties);
            };

            /**
             * Encodes the specified FusedEstimate message. Does not implicitly {@link wx.v1.FusedEstimate.verify|verify} messages.
             * @function encode
             * @memberof wx.v1.FusedEstimate
             * @static
             * @param {wx.v1.FusedEstimate.$Properties} m FusedEstimate message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            FusedEstimate.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.h3Cell != null && $Object.hasOwnProperty.call(m, "h3Cell") && m.h3Cell !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.h3Cell);
                if (m.h3Resolution != null && $Object.hasOwnProperty.call(m, "h3Resolution") && m.h3Resolution !== 0)
                    w.uint32(/* id 2, wireType 0 =*/16).uint32(m.h3Resolution);
                if (m.timeMs != null && $Object.hasOwnProperty.call(m, "timeMs") && (typeof m.timeMs === "object" ? m.timeMs.low || m.timeMs.high : m.timeMs !== 0))
                    w.uint32(/* id 3, wireType 0 =*/24).int64(m.timeMs);
                if (m.variable != null && $Object.hasOwnProperty.call(m, "variable") && m.variable !== 0)
                    w.uint32(/* id 4, wireType 0 =*/32).int32(m.variable);
                if (m.value != null && $Object.hasOwnProperty.call(m, "value") && !$Object.is(m.value, 0))
                    w.uint32(/* id 5, wireType 1 =*/41).double(m.value);
                if (m.sd != null && $Object.hasOwnProperty.call(m, "sd") && !$Object.is(m.sd, 0))
                    w.uint32(/* id 6, wireType 1 =*/49).double(m.sd);
                if (m.stations != null && $Object.hasOwnProperty.call(m, "stations") && m.stations !== 0)
                    w.uint32(/* id 7, wireType 0 =*/56).uint32(m.stations);
                if (m.independentSeries != null && $Object.hasOwnProperty.call(m, "independentSeries") && m.independentSeries !== 0)
                    w.uint32(/* id 8, wireType 0 =*/64).uint32(m.independentSeries);
                if (m.deviceIds != null && m.deviceIds.length) {
                    for (var i = 0; i < m.deviceIds.length; ++i)
                        w.uint32(/* id 9, wireType 2 =*/74).string(m.deviceIds[i]);
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified FusedEstimate message, length delimited. Does not implicitly {@link wx.v1.FusedEstimate.verify|verify} messages.
             * @function encodeDelimited
             * @memberof wx.v1.FusedEstimate
             * @static
             * @param {wx.v1.FusedEstimate.$Properties} message FusedEstimate message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            FusedEstimate.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a FusedEstimate message from the specified reader or buffer.
             * @function decode
             * @memberof wx.v1.FusedEstimate
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {wx.v1.FusedEstimate & wx.v1.FusedEstimate.$Shape} FusedEstimate
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            FusedEstimate.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.wx.v1.FusedEstimate();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.h3Cell = v;
                            else
                                delete m.h3Cell;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.h3Resolution = v;
                            else
                                delete m.h3Resolution;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.timeMs = v;
                            else
                                delete m.timeMs;
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            if (v = r.int32())
                                m.variable = v;
                            else
                                delete m.variable;
                            continue;
                        }
                    case 5: {
                            if (u !== 1)
                                break;
                            if (!$Object.is(v = r.double(), 0))
                                m.value = v;
                            else
                                delete m.value;
                            continue;
                        }
                    case 6: {
                            if (u !== 1)
                                break;
                            if (!$Object.is(v = r.double(), 0))
                                m.sd = v;
                            else
                                delete m.sd;
                            continue;
                        }
                    case 7: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.stations = v;
                            else
                                delete m.stations;
                            continue;
                        }
                    case 8: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.independentSeries = v;
                            else
                                delete m.independentSeries;
                            continue;
                        }
                    case 9: {
                            if (u !== 2)
                                break;
                            if (!(m.deviceIds && m.deviceIds.length))
                                m.deviceIds = [];
                            m.deviceIds.push(r.stringVerify());
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes a FusedEstimate message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof wx.v1.FusedEstimate
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {wx.v1.FusedEstimate & wx.v1.FusedEstimate.$Shape} FusedEstimate
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            FusedEstimate.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a FusedEstimate message.
             * @function verify
             * @memberof wx.v1.FusedEstimate
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            FusedEstimate.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.h3Cell != null && $Object.hasOwnProperty.call(m, "h3Cell")) {
                    if (!$util.isString(m.h3Cell))
                        return "h3Cell: string expected";
                }
                if (m.h3Resolution != null && $Object.hasOwnProperty.call(m, "h3Resolution")) {
                    if (!$util.isInteger(m.h3Resolution))
                        return "h3Resolution: integer expected";
                }
                if (m.timeMs != null && $Object.hasOwnProperty.call(m, "timeMs")) {
                    if (!$util.isInteger(m.timeMs) && !(m.timeMs && $util.isInteger(m.timeMs.low) && $util.isInteger(m.timeMs.high)))
                        return "timeMs: integer|Long expected";
                }
                if (m.variable != null && $Object.hasOwnProperty.call(m, "variable")) {
                    if (typeof m.variable !== "number" || (m.variable | 0) !== m.variable)
                        return "variable: enum value expected";
                }
                if (m.value != null && $Object.hasOwnProperty.call(m, "value")) {
                    if (typeof m.value !== "number")
                        return "value: number expected";
                }
                if (m.sd != null && $Object.hasOwnProperty.call(m, "sd")) {
                    if (typeof m.sd !== "number")
                        return "sd: number expected";
                }
                if (m.stations != null && $Object.hasOwnProperty.call(m, "stations")) {
                    if (!$util.isInteger(m.stations))
                        return "stations: integer expected";
                }
                if (m.independentSeries != null && $Object.hasOwnProperty.call(m, "independentSeries")) {
                    if (!$util.isInteger(m.independentSeries))
                        return "independentSeries: integer expected";
                }
                if (m.deviceIds != null && $Object.hasOwnProperty.call(m, "deviceIds")) {
                    if (!$Array.isArray(m.deviceIds))
                        return "deviceIds: array expected";
                    for (var i = 0; i < m.deviceIds.length; ++i) {
                        if (!$util.isString(m.deviceIds[i]))
                            return "deviceIds: string[] expected";
                    }
                }
                return null;
            };

            /**
             * Creates a FusedEstimate message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof wx.v1.FusedEstimate
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {wx.v1.FusedEstimate} FusedEstimate
             */
            FusedEstimate.fromObject = function (d, q) {
                if (d instanceof $root.wx.v1.FusedEstimate)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".wx.v1.FusedEstimate: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.wx.v1.FusedEstimate();
                if (d.h3Cell != null) {
                    if (typeof d.h3Cell !== "string" || d.h3Cell.length) {
                        m.h3Cell = $String(d.h3Cell);
                    }
                }
                if (d.h3Resolution != null) {
                    if ($Number(d.h3Resolution) !== 0) {
                        m.h3Resolution = d.h3Resolution >>> 0;
                    }
                }
                if (d.timeMs != null) {
                    if (typeof d.timeMs === "object" ? d.timeMs.low || d.timeMs.high : $Number(d.timeMs) !== 0) {
                        if ($util.Long)
                            m.timeMs = $util.Long.fromValue(d.timeMs, false);
                        else if (typeof d.timeMs === "string")
                            m.timeMs = $parseInt(d.timeMs, 10);
                        else if (typeof d.timeMs === "number")
                            m.timeMs = d.timeMs;
                        else if (typeof d.timeMs === "object")
                            m.timeMs = new $util.LongBits(d.timeMs.low >>> 0, d.timeMs.high >>> 0).toNumber();
                    }
                }
                if (d.variable !== 0 && (typeof d.variable !== "string" || $root.wx.v1.Variable[d.variable] !== 0)) {
                    switch (d.variable) {
                    case "VARIABLE_UNSPECIFIED":
                    case 0:
                        m.variable = 0;
                        break;
                    case "TEMPERATURE":
                    case 1:
                        m.variable = 1;
                        break;
                    case "PRESSURE":
                    case 2:
                        m.variable = 2;
                        break;
                    case "DEW_POINT":
                    case 3:
                        m.variable = 3;
                        break;
                    case "RELATIVE_HUMIDITY":
                    case 4:
                        m.variable = 4;
                        break;
                    case "WIND_SPEED":
                    case 5:
                        m.variable = 5;
                        break;
                    case "WIND_DIRECTION":
                    case 6:
                        m.variable = 6;
                        break;
                    case "PRECIPITATION":
                    case 7:
                        m.variable = 7;
                        break;
                    default:
                        if (typeof d.variable === "number" && (d.variable | 0) === d.variable)
                            m.variable = d.variable;
                    }
                }
                if (d.value != null) {
                    if (!$Object.is($Number(d.value), 0)) {
                        m.value = $Number(d.value);
                    }
                }
                if (d.sd != null) {
                    if (!$Object.is($Number(d.sd), 0)) {
                        m.sd = $Number(d.sd);
                    }
                }
                if (d.stations != null) {
                    if ($Number(d.stations) !== 0) {
                        m.stations = d.stations >>> 0;
                    }
                }
                if (d.independentSeries != null) {
                    if ($Number(d.independentSeries) !== 0) {
                        m.independentSeries = d.independentSeries >>> 0;
                    }
                }
                if (d.deviceIds) {
                    if (!$Array.isArray(d.deviceIds))
                        throw $TypeError(".wx.v1.FusedEstimate.deviceIds: array expected");
                    m.deviceIds = $Array(d.deviceIds.length);
                    for (var i = 0; i < d.deviceIds.length; ++i) {
                        m.deviceIds[i] = $String(d.deviceIds[i]);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a FusedEstimate message. Also converts values to other types if specified.
             * @function toObject
             * @memberof wx.v1.FusedEstimate
             * @static
             * @param {wx.v1.FusedEstimate} m FusedEstimate
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            FusedEstimate.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.deviceIds = [];
                }
                if (o.defaults) {
                    d.h3Cell = "";
                    d.h3Resolution = 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.timeMs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.timeMs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.variable = o.enums === $String ? "VARIABLE_UNSPECIFIED" : 0;
                    d.value = 0;
                    d.sd = 0;
                    d.stations = 0;
                    d.independentSeries = 0;
                }
                if (m.h3Cell != null && $Object.hasOwnProperty.call(m, "h3Cell")) {
                    d.h3Cell = m.h3Cell;
                }
                if (m.h3Resolution != null && $Object.hasOwnProperty.call(m, "h3Resolution")) {
                    d.h3Resolution = m.h3Resolution;
                }
                if (m.timeMs != null && $Object.hasOwnProperty.call(m, "timeMs")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.timeMs = typeof m.timeMs === "number" ? $BigInt(m.timeMs) : $util.Long.fromBits(m.timeMs.low >>> 0, m.timeMs.high >>> 0, false).toBigInt();
                    else if (typeof m.timeMs === "number")
                        d.timeMs = o.longs === $String ? $String(m.timeMs) : m.timeMs;
                    else
                        d.timeMs = o.longs === $String ? $util.Long.prototype.toString.call(m.timeMs) : o.longs === $Number ? new $util.LongBits(m.timeMs.low >>> 0, m.timeMs.high >>> 0).toNumber() : m.timeMs;
                }
                if (m.variable != null && $Object.hasOwnProperty.call(m, "variable")) {
                    d.variable = o.enums === $String ? $root.wx.v1.Variable[m.variable] === $undefined ? m.variable : $root.wx.v1.Variable[m.variable] : m.variable;
                }
                if (m.value != null && $Object.hasOwnProperty.call(m, "value")) {
                    d.value = o.json && !$isFinite(m.value) ? $String(m.value) : m.value;
                }
                if (m.sd != null && $Object.hasOwnProperty.call(m, "sd")) {
                    d.sd = o.json && !$isFinite(m.sd) ? $String(m.sd) : m.sd;
                }
                if (m.stations != null && $Object.hasOwnProperty.call(m, "stations")) {
                    d.stations = m.stations;
                }
                if (m.independentSeries != null && $Object.hasOwnProperty.call(m, "independentSeries")) {
                    d.independentSeries = m.independentSeries;
                }
                if (m.deviceIds && m.deviceIds.length) {
                    d.deviceIds = $Array(m.deviceIds.length);
                    for (var j = 0; j < m.deviceIds.length; ++j) {
                        d.deviceIds[j] = m.deviceIds[j];
                    }
                }
                return d;
            };

            /**
             * Converts this FusedEstimate to JSON.
             * @function toJSON
             * @memberof wx.v1.FusedEstimate
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            FusedEstimate.prototype.toJSON = function() {
                return FusedEstimate.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for FusedEstimate
             * @function getTypeUrl
             * @memberof wx.v1.FusedEstimate
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            FusedEstimate.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/wx.v1.FusedEstimate";
            };

            return FusedEstimate;
        })();

        /**
         * Variable enum.
         * @name wx.v1.Variable
         * @enum {number}
         * @property {number} VARIABLE_UNSPECIFIED=0 VARIABLE_UNSPECIFIED value
         * @property {number} TEMPERATURE=1 TEMPERATURE value
         * @property {number} PRESSURE=2 PRESSURE value
         * @property {number} DEW_POINT=3 DEW_POINT value
         * @property {number} RELATIVE_HUMIDITY=4 RELATIVE_HUMIDITY value
         * @property {number} WIND_SPEED=5 WIND_SPEED value
         * @property {number} WIND_DIRECTION=6 WIND_DIRECTION value
         * @property {number} PRECIPITATION=7 PRECIPITATION value
         */
        v1.Variable = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "VARIABLE_UNSPECIFIED"] = 0;
            values[valuesById[1] = "TEMPERATURE"] = 1;
            values[valuesById[2] = "PRESSURE"] = 2;
            values[valuesById[3] = "DEW_POINT"] = 3;
            values[valuesById[4] = "RELATIVE_HUMIDITY"] = 4;
            values[valuesById[5] = "WIND_SPEED"] = 5;
            values[valuesById[6] = "WIND_DIRECTION"] = 6;
            values[valuesById[7] = "PRECIPITATION"] = 7;
            return values;
        })();

        /**
         * QcFlag enum.
         * @name wx.v1.QcFlag
         * @enum {number}
         * @property {number} QC_FLAG_UNSPECIFIED=0 QC_FLAG_UNSPECIFIED value
         * @property {number} QC_GOOD=1 QC_GOOD value
         * @property {number} QC_SUSPECT=2 QC_SUSPECT value
         * @property {number} QC_BAD=3 QC_BAD value
         * @property {number} QC_MISSING=4 QC_MISSING value
         */
        v1.QcFlag = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "QC_FLAG_UNSPECIFIED"] = 0;
            values[valuesById[1] = "QC_GOOD"] = 1;
            values[valuesById[2] = "QC_SUSPECT"] = 2;
            values[valuesById[3] = "QC_BAD"] = 3;
            values[valuesById[4] = "QC_MISSING"] = 4;
            return values;
        })();

        /**
         * QcTest enum.
         * @name wx.v1.QcTest
         * @enum {number}
         * @property {number} QC_TEST_NONE=0 QC_TEST_NONE value
         * @property {number} QC_TEST_SENSOR_RANGE=1 QC_TEST_SENSOR_RANGE value
         * @property {number} QC_TEST_CLIMATE_RANGE=2 QC_TEST_CLIMATE_RANGE value
         * @property {number} QC_TEST_STEP=4 QC_TEST_STEP value
         * @property {number} QC_TEST_PERSISTENCE=8 QC_TEST_PERSISTENCE value
         * @property {number} QC_TEST_SPIKE=16 QC_TEST_SPIKE value
         * @property {number} QC_TEST_CONSISTENCY=32 QC_TEST_CONSISTENCY value
         * @property {number} QC_TEST_CLOCK=64 QC_TEST_CLOCK value
         */
        v1.QcTest = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "QC_TEST_NONE"] = 0;
            values[valuesById[1] = "QC_TEST_SENSOR_RANGE"] = 1;
            values[valuesById[2] = "QC_TEST_CLIMATE_RANGE"] = 2;
            values[valuesById[4] = "QC_TEST_STEP"] = 4;
            values[valuesById[8] = "QC_TEST_PERSISTENCE"] = 8;
            values[valuesById[16] = "QC_TEST_SPIKE"] = 16;
            values[valuesById[32] = "QC_TEST_CONSISTENCY"] = 32;
            values[valuesById[64] = "QC_TEST_CLOCK"] = 64;
            return values;
        })();

        v1.Observation = (function() {

            /**
             * Properties of an Observation.
             * @typedef {Object} wx.v1.Observation.$Properties
             * @property {wx.v1.Variable|null} [variable] Observation variable
             * @property {number|null} [value] Observation value
             * @property {wx.v1.QcFlag|null} [flag] Observation flag
             * @property {number|null} [qcTests] Observation qcTests
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Observation.
             * @memberof wx.v1
             * @interface IObservation
             * @augments wx.v1.Observation.$Properties
             * @deprecated Use wx.v1.Observation.$Properties instead.
             */

            /**
             * Shape of an Observation.
             * @typedef {wx.v1.Observation.$Properties} wx.v1.Observation.$Shape
             */

            /**
             * Constructs a new Observation.
             * @memberof wx.v1
             * @classdesc Represents an Observation.
             * @constructor
             * @param {wx.v1.Observation.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Observation = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Observation variable.
             * @member {wx.v1.Variable} variable
             * @memberof wx.v1.Observation
             * @instance
             */
            Observation.prototype.variable = 0;

            /**
             * Observation value.
             * @member {number} value
             * @memberof wx.v1.Observation
             * @instance
             */
            Observation.prototype.value = 0;

            /**
             * Observation flag.
             * @member {wx.v1.QcFlag} flag
             * @memberof wx.v1.Observation
             * @instance
             */
            Observation.prototype.flag = 0;

            /**
             * Observation qcTests.
             * @member {number} qcTests
             * @memberof wx.v1.Observation
             * @instance
             */
            Observation.prototype.qcTests = 0;

            /**
             * Creates a new Observation instance using the specified properties.
             * @function create
             * @memberof wx.v1.Observation
             * @static
             * @param {wx.v1.Observation.$Properties=} [properties] Properties to set
             * @returns {wx.v1.Observation} Observation instance
             * @type {{
             *   (properties: wx.v1.Observation.$Shape): wx.v1.Observation & wx.v1.Observation.$Shape;
             *   (properties?: wx.v1.Observation.$Properties): wx.v1.Observation;
             * }}
             */
            Observation.create = function(properties) {
                return new Observation(properties);
            };

            /**
             * Encodes the specified Observation message. Does not implicitly {@link wx.v1.Observation.verify|verify} messages.
             * @function encode
             * @memberof wx.v1.Observation
             * @static
             * @param {wx.v1.Observation.$Properties} m Observation message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Observation.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.variable != null && $Object.hasOwnProperty.call(m, "variable") && m.variable !== 0)
                    w.uint32(/* id 1, wireType 0 =*/8).int32(m.variable);
                if (m.value != null && $Object.hasOwnProperty.call(m, "value") && !$Object.is(m.value, 0))
                    w.uint32(/* id 2, wireType 1 =*/17).double(m.value);
                if (m.flag != null && $Object.hasOwnProperty.call(m, "flag") && m.flag !== 0)
                    w.uint32(/* id 3, wireType 0 =*/24).int32(m.flag);
                if (m.qcTests != null && $Object.hasOwnProperty.call(m, "qcTests") && m.qcTests !== 0)
                    w.uint32(/* id 4, wireType 0 =*/32).uint32(m.qcTests);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified Observation message, length delimited. Does not implicitly {@link wx.v1.Observation.verify|verify} messages.
             * @function encodeDelimited
             * @memberof wx.v1.Observation
             * @static
             * @param {wx.v1.Observation.$Properties} message Observation message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Observation.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an Observation message from the specified reader or buffer.
             * @function decode
             * @memberof wx.v1.Observation
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {wx.v1.Observation & wx.v1.Observation.$Shape} Observation
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Observation.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.wx.v1.Observation();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 0)
                                break;
                            if (v = r.int32())
                                m.variable = v;
                            else
                                delete m.variable;
                            continue;
                        }
                    case 2: {
                            if (u !== 1)
                                break;
                            if (!$Object.is(v = r.double(), 0))
                                m.value = v;
                            else
                                delete m.value;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (v = r.int32())
                                m.flag = v;
                            else
                                delete m.flag;
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.qcTests = v;
                            else
                                delete m.qcTests;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes an Observation message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof wx.v1.Observation
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {wx.v1.Observation & wx.v1.Observation.$Shape} Observation
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Observation.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an Observation message.
             * @function verify
             * @memberof wx.v1.Observation
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Observation.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.variable != null && $Object.hasOwnProperty.call(m, "variable")) {
                    if (typeof m.variable !== "number" || (m.variable | 0) !== m.variable)
                        return "variable: enum value expected";
                }
                if (m.value != null && $Object.hasOwnProperty.call(m, "value")) {
                    if (typeof m.value !== "number")
                        return "value: number expected";
                }
                if (m.flag != null && $Object.hasOwnProperty.call(m, "flag")) {
                    if (typeof m.flag !== "number" || (m.flag | 0) !== m.flag)
                        return "flag: enum value expected";
                }
                if (m.qcTests != null && $Object.hasOwnProperty.call(m, "qcTests")) {
                    if (!$util.isInteger(m.qcTests))
                        return "qcTests: integer expected";
                }
                return null;
            };

            /**
             * Creates an Observation message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof wx.v1.Observation
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {wx.v1.Observation} Observation
             */
            Observation.fromObject = function (d, q) {
                if (d instanceof $root.wx.v1.Observation)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".wx.v1.Observation: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.wx.v1.Observation();
                if (d.variable !== 0 && (typeof d.variable !== "string" || $root.wx.v1.Variable[d.variable] !== 0)) {
                    switch (d.variable) {
                    case "VARIABLE_UNSPECIFIED":
                    case 0:
                        m.variable = 0;
                        break;
                    case "TEMPERATURE":
                    case 1:
                        m.variable = 1;
                        break;
                    case "PRESSURE":
                    case 2:
                        m.variable = 2;
                        break;
                    case "DEW_POINT":
                    case 3:
                        m.variable = 3;
                        break;
                    case "RELATIVE_HUMIDITY":
                    case 4:
                        m.variable = 4;
                        break;
                    case "WIND_SPEED":
                    case 5:
                        m.variable = 5;
                        break;
                    case "WIND_DIRECTION":
                    case 6:
                        m.variable = 6;
                        break;
                    case "PRECIPITATION":
                    case 7:
                        m.variable = 7;
                        break;
                    default:
                        if (typeof d.variable === "number" && (d.variable | 0) === d.variable)
                            m.variable = d.variable;
                    }
                }
                if (d.value != null) {
                    if (!$Object.is($Number(d.value), 0)) {
                        m.value = $Number(d.value);
                    }
                }
                if (d.flag !== 0 && (typeof d.flag !== "string" || $root.wx.v1.QcFlag[d.flag] !== 0)) {
                    switch (d.flag) {
                    case "QC_FLAG_UNSPECIFIED":
                    case 0:
                        m.flag = 0;
                        break;
                    case "QC_GOOD":
                    case 1:
                        m.flag = 1;
                        break;
                    case "QC_SUSPECT":
                    case 2:
                        m.flag = 2;
                        break;
                    case "QC_BAD":
                    case 3:
                        m.flag = 3;
                        break;
                    case "QC_MISSING":
                    case 4:
                        m.flag = 4;
                        break;
                    default:
                        if (typeof d.flag === "number" && (d.flag | 0) === d.flag)
                            m.flag = d.flag;
                    }
                }
                if (d.qcTests != null) {
                    if ($Number(d.qcTests) !== 0) {
                        m.qcTests = d.qcTests >>> 0;
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from an Observation message. Also converts values to other types if specified.
             * @function toObject
             * @memberof wx.v1.Observation
             * @static
             * @param {wx.v1.Observation} m Observation
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Observation.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.variable = o.enums === $String ? "VARIABLE_UNSPECIFIED" : 0;
                    d.value = 0;
                    d.flag = o.enums === $String ? "QC_FLAG_UNSPECIFIED" : 0;
                    d.qcTests = 0;
                }
                if (m.variable != null && $Object.hasOwnProperty.call(m, "variable")) {
                    d.variable = o.enums === $String ? $root.wx.v1.Variable[m.variable] === $undefined ? m.variable : $root.wx.v1.Variable[m.variable] : m.variable;
                }
                if (m.value != null && $Object.hasOwnProperty.call(m, "value")) {
                    d.value = o.json && !$isFinite(m.value) ? $String(m.value) : m.value;
                }
                if (m.flag != null && $Object.hasOwnProperty.call(m, "flag")) {
                    d.flag = o.enums === $String ? $root.wx.v1.QcFlag[m.flag] === $undefined ? m.flag : $root.wx.v1.QcFlag[m.flag] : m.flag;
                }
                if (m.qcTests != null && $Object.hasOwnProperty.call(m, "qcTests")) {
                    d.qcTests = m.qcTests;
                }
                return d;
            };

            /**
             * Converts this Observation to JSON.
             * @function toJSON
             * @memberof wx.v1.Observation
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Observation.prototype.toJSON = function() {
                return Observation.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Observation
             * @function getTypeUrl
             * @memberof wx.v1.Observation
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Observation.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/wx.v1.Observation";
            };

            return Observation;
        })();

        v1.Reading = (function() {

            /**
             * Properties of a Reading.
             * @typedef {Object} wx.v1.Reading.$Properties
             * @property {string|null} [deviceId] Reading deviceId
             * @property {number|null} [seq] Reading seq
             * @property {number|null} [timeMs] Reading timeMs
             * @property {boolean|null} [clockSynced] Reading clockSynced
             * @property {boolean|null} [clockSuspect] Reading clockSuspect
             * @property {Array.<wx.v1.Observation.$Properties>|null} [observations] Reading observations
             * @property {number|null} [gatewayReceivedMs] Reading gatewayReceivedMs
             * @property {string|null} [gatewayId] Reading gatewayId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Reading.
             * @memberof wx.v1
             * @interface IReading
             * @augments wx.v1.Reading.$Properties
             * @deprecated Use wx.v1.Reading.$Properties instead.
             */

            /**
             * Shape of a Reading.
             * @typedef {wx.v1.Reading.$Properties} wx.v1.Reading.$Shape
             */

            /**
             * Constructs a new Reading.
             * @memberof wx.v1
             * @classdesc Represents a Reading.
             * @constructor
             * @param {wx.v1.Reading.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Reading = function (p) {
                this.observations = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Reading deviceId.
             * @member {string} deviceId
             * @memberof wx.v1.Reading
             * @instance
             */
            Reading.prototype.deviceId = "";

            /**
             * Reading seq.
             * @member {number} seq
             * @memberof wx.v1.Reading
             * @instance
             */
            Reading.prototype.seq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Reading timeMs.
             * @member {number} timeMs
             * @memberof wx.v1.Reading
             * @instance
             */
            Reading.prototype.timeMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Reading clockSynced.
             * @member {boolean} clockSynced
             * @memberof wx.v1.Reading
             * @instance
             */
            Reading.prototype.clockSynced = false;

            /**
             * Reading clockSuspect.
             * @member {boolean} clockSuspect
             * @memberof wx.v1.Reading
             * @instance
             */
            Reading.prototype.clockSuspect = false;

            /**
             * Reading observations.
             * @member {Array.<wx.v1.Observation.$Properties>} observations
             * @memberof wx.v1.Reading
             * @instance
             */
            Reading.prototype.observations = $util.emptyArray;

            /**
             * Reading gatewayReceivedMs.
             * @member {number} gatewayReceivedMs
             * @memberof wx.v1.Reading
             * @instance
             */
            Reading.prototype.gatewayReceivedMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Reading gatewayId.
             * @member {string} gatewayId
             * @memberof wx.v1.Reading
             * @instance
             */
            Reading.prototype.gatewayId = "";

            /**
             * Creates a new Reading instance using the specified properties.
             * @function create
             * @memberof wx.v1.Reading
             * @static
             * @param {wx.v1.Reading.$Properties=} [properties] Properties to set
             * @returns {wx.v1.Reading} Reading instance
             * @type {{
             *   (properties: wx.v1.Reading.$Shape): wx.v1.Reading & wx.v1.Reading.$Shape;
             *   (properties?: wx.v1.Reading.$Properties): wx.v1.Reading;
             * }}
             */
            Reading.create = function(properties) {
                return new Reading(properties);
            };

            /**
             * Encodes the specified Reading message. Does not implicitly {@link wx.v1.Reading.verify|verify} messages.
             * @function encode
             * @memberof wx.v1.Reading
             * @static
             * @param {wx.v1.Reading.$Properties} m Reading message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Reading.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.deviceId != null && $Object.hasOwnProperty.call(m, "deviceId") && m.deviceId !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.deviceId);
                if (m.seq != null && $Object.hasOwnProperty.call(m, "seq") && (typeof m.seq === "object" ? m.seq.low || m.seq.high : m.seq !== 0))
                    w.uint32(/* id 2, wireType 0 =*/16).uint64(m.seq);
                if (m.timeMs != null && $Object.hasOwnProperty.call(m, "timeMs") && (typeof m.timeMs === "object" ? m.timeMs.low || m.timeMs.high : m.timeMs !== 0))
                    w.uint32(/* id 3, wireType 0 =*/24).int64(m.timeMs);
                if (m.clockSynced != null && $Object.hasOwnProperty.call(m, "clockSynced") && m.clockSynced !== false)
                    w.uint32(/* id 4, wireType 0 =*/32).bool(m.clockSynced);
                if (m.clockSuspect != null && $Object.hasOwnProperty.call(m, "clockSuspect") && m.clockSuspect !== false)
                    w.uint32(/* id 5, wireType 0 =*/40).bool(m.clockSuspect);
                if (m.observations != null && m.observations.length) {
                    for (var i = 0; i < m.observations.length; ++i)
                        $root.wx.v1.Observation.encode(m.observations[i], w.uint32(/* id 6, wireType 2 =*/50).fork(), q + 1).ldelim();
                }
                if (m.gatewayReceivedMs != null && $Object.hasOwnProperty.call(m, "gatewayReceivedMs") && (typeof m.gatewayReceivedMs === "object" ? m.gatewayReceivedMs.low || m.gatewayReceivedMs.high : m.gatewayReceivedMs !== 0))
                    w.uint32(/* id 7, wireType 0 =*/56).int64(m.gatewayReceivedMs);
                if (m.gatewayId != null && $Object.hasOwnProperty.call(m, "gatewayId") && m.gatewayId !== "")
                    w.uint32(/* id 8, wireType 2 =*/66).string(m.gatewayId);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified Reading message, length delimited. Does not implicitly {@link wx.v1.Reading.verify|verify} messages.
             * @function encodeDelimited
             * @memberof wx.v1.Reading
             * @static
             * @param {wx.v1.Reading.$Properties} message Reading message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Reading.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Reading message from the specified reader or buffer.
             * @function decode
             * @memberof wx.v1.Reading
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {wx.v1.Reading & wx.v1.Reading.$Shape} Reading
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Reading.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.wx.v1.Reading();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.deviceId = v;
                            else
                                delete m.deviceId;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.seq = v;
                            else
                                delete m.seq;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.timeMs = v;
                            else
                                delete m.timeMs;
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.clockSynced = v;
                            else
                                delete m.clockSynced;
                            continue;
                        }
                    case 5: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.clockSuspect = v;
                            else
                                delete m.clockSuspect;
                            continue;
                        }
                    case 6: {
                            if (u !== 2)
                                break;
                            if (!(m.observations && m.observations.length))
                                m.observations = [];
                            m.observations.push($root.wx.v1.Observation.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    case 7: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.gatewayReceivedMs = v;
                            else
                                delete m.gatewayReceivedMs;
                            continue;
                        }
                    case 8: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.gatewayId = v;
                            else
                                delete m.gatewayId;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes a Reading message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof wx.v1.Reading
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {wx.v1.Reading & wx.v1.Reading.$Shape} Reading
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Reading.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Reading message.
             * @function verify
             * @memberof wx.v1.Reading
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Reading.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.deviceId != null && $Object.hasOwnProperty.call(m, "deviceId")) {
                    if (!$util.isString(m.deviceId))
                        return "deviceId: string expected";
                }
                if (m.seq != null && $Object.hasOwnProperty.call(m, "seq")) {
                    if (!$util.isInteger(m.seq) && !(m.seq && $util.isInteger(m.seq.low) && $util.isInteger(m.seq.high)))
                        return "seq: integer|Long expected";
                }
                if (m.timeMs != null && $Object.hasOwnProperty.call(m, "timeMs")) {
                    if (!$util.isInteger(m.timeMs) && !(m.timeMs && $util.isInteger(m.timeMs.low) && $util.isInteger(m.timeMs.high)))
                        return "timeMs: integer|Long expected";
                }
                if (m.clockSynced != null && $Object.hasOwnProperty.call(m, "clockSynced")) {
                    if (typeof m.clockSynced !== "boolean")
                        return "clockSynced: boolean expected";
                }
                if (m.clockSuspect != null && $Object.hasOwnProperty.call(m, "clockSuspect")) {
                    if (typeof m.clockSuspect !== "boolean")
                        return "clockSuspect: boolean expected";
                }
                if (m.observations != null && $Object.hasOwnProperty.call(m, "observations")) {
                    if (!$Array.isArray(m.observations))
                        return "observations: array expected";
                    for (var i = 0; i < m.observations.length; ++i) {
                        {
                            var e = $root.wx.v1.Observation.verify(m.observations[i], q + 1);
                            if (e)
                                return "observations." + e;
                        }
                    }
                }
                if (m.gatewayReceivedMs != null && $Object.hasOwnProperty.call(m, "gatewayReceivedMs")) {
                    if (!$util.isInteger(m.gatewayReceivedMs) && !(m.gatewayReceivedMs && $util.isInteger(m.gatewayReceivedMs.low) && $util.isInteger(m.gatewayReceivedMs.high)))
                        return "gatewayReceivedMs: integer|Long expected";
                }
                if (m.gatewayId != null && $Object.hasOwnProperty.call(m, "gatewayId")) {
                    if (!$util.isString(m.gatewayId))
                        return "gatewayId: string expected";
                }
                return null;
            };

            /**
             * Creates a Reading message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof wx.v1.Reading
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {wx.v1.Reading} Reading
             */
            Reading.fromObject = function (d, q) {
                if (d instanceof $root.wx.v1.Reading)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".wx.v1.Reading: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.wx.v1.Reading();
                if (d.deviceId != null) {
                    if (typeof d.deviceId !== "string" || d.deviceId.length) {
                        m.deviceId = $String(d.deviceId);
                    }
                }
                if (d.seq != null) {
                    if (typeof d.seq === "object" ? d.seq.low || d.seq.high : $Number(d.seq) !== 0) {
                        if ($util.Long)
                            m.seq = $util.Long.fromValue(d.seq, true);
                        else if (typeof d.seq === "string")
                            m.seq = $parseInt(d.seq, 10);
                        else if (typeof d.seq === "number")
                            m.seq = d.seq;
                        else if (typeof d.seq === "object")
                            m.seq = new $util.LongBits(d.seq.low >>> 0, d.seq.high >>> 0).toNumber(true);
                    }
                }
                if (d.timeMs != null) {
                    if (typeof d.timeMs === "object" ? d.timeMs.low || d.timeMs.high : $Number(d.timeMs) !== 0) {
                        if ($util.Long)
                            m.timeMs = $util.Long.fromValue(d.timeMs, false);
                        else if (typeof d.timeMs === "string")
                            m.timeMs = $parseInt(d.timeMs, 10);
                        else if (typeof d.timeMs === "number")
                            m.timeMs = d.timeMs;
                        else if (typeof d.timeMs === "object")
                            m.timeMs = new $util.LongBits(d.timeMs.low >>> 0, d.timeMs.high >>> 0).toNumber();
                    }
                }
                if (d.clockSynced != null) {
                    if (d.clockSynced) {
                        m.clockSynced = $Boolean(d.clockSynced);
                    }
                }
                if (d.clockSuspect != null) {
                    if (d.clockSuspect) {
                        m.clockSuspect = $Boolean(d.clockSuspect);
                    }
                }
                if (d.observations) {
                    if (!$Array.isArray(d.observations))
                        throw $TypeError(".wx.v1.Reading.observations: array expected");
                    m.observations = $Array(d.observations.length);
                    for (var i = 0; i < d.observations.length; ++i) {
                        if (!$util.isObject(d.observations[i]))
                            throw $TypeError(".wx.v1.Reading.observations: object expected");
                        m.observations[i] = $root.wx.v1.Observation.fromObject(d.observations[i], q + 1);
                    }
                }
                if (d.gatewayReceivedMs != null) {
                    if (typeof d.gatewayReceivedMs === "object" ? d.gatewayReceivedMs.low || d.gatewayReceivedMs.high : $Number(d.gatewayReceivedMs) !== 0) {
                        if ($util.Long)
                            m.gatewayReceivedMs = $util.Long.fromValue(d.gatewayReceivedMs, false);
                        else if (typeof d.gatewayReceivedMs === "string")
                            m.gatewayReceivedMs = $parseInt(d.gatewayReceivedMs, 10);
                        else if (typeof d.gatewayReceivedMs === "number")
                            m.gatewayReceivedMs = d.gatewayReceivedMs;
                        else if (typeof d.gatewayReceivedMs === "object")
                            m.gatewayReceivedMs = new $util.LongBits(d.gatewayReceivedMs.low >>> 0, d.gatewayReceivedMs.high >>> 0).toNumber();
                    }
                }
                if (d.gatewayId != null) {
                    if (typeof d.gatewayId !== "string" || d.gatewayId.length) {
                        m.gatewayId = $String(d.gatewayId);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a Reading message. Also converts values to other types if specified.
             * @function toObject
             * @memberof wx.v1.Reading
             * @static
             * @param {wx.v1.Reading} m Reading
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Reading.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.observations = [];
                }
                if (o.defaults) {
                    d.deviceId = "";
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.seq = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.seq = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.timeMs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.timeMs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.clockSynced = false;
                    d.clockSuspect = false;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.gatewayReceivedMs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.gatewayReceivedMs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.gatewayId = "";
                }
                if (m.deviceId != null && $Object.hasOwnProperty.call(m, "deviceId")) {
                    d.deviceId = m.deviceId;
                }
                if (m.seq != null && $Object.hasOwnProperty.call(m, "seq")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.seq = typeof m.seq === "number" ? $BigInt(m.seq) : $util.Long.fromBits(m.seq.low >>> 0, m.seq.high >>> 0, true).toBigInt();
                    else if (typeof m.seq === "number")
                        d.seq = o.longs === $String ? $String(m.seq) : m.seq;
                    else
                        d.seq = o.longs === $String ? $util.Long.prototype.toString.call(m.seq) : o.longs === $Number ? new $util.LongBits(m.seq.low >>> 0, m.seq.high >>> 0).toNumber(true) : m.seq;
                }
                if (m.timeMs != null && $Object.hasOwnProperty.call(m, "timeMs")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.timeMs = typeof m.timeMs === "number" ? $BigInt(m.timeMs) : $util.Long.fromBits(m.timeMs.low >>> 0, m.timeMs.high >>> 0, false).toBigInt();
                    else if (typeof m.timeMs === "number")
                        d.timeMs = o.longs === $String ? $String(m.timeMs) : m.timeMs;
                    else
                        d.timeMs = o.longs === $String ? $util.Long.prototype.toString.call(m.timeMs) : o.longs === $Number ? new $util.LongBits(m.timeMs.low >>> 0, m.timeMs.high >>> 0).toNumber() : m.timeMs;
                }
                if (m.clockSynced != null && $Object.hasOwnProperty.call(m, "clockSynced")) {
                    d.clockSynced = m.clockSynced;
                }
                if (m.clockSuspect != null && $Object.hasOwnProperty.call(m, "clockSuspect")) {
                    d.clockSuspect = m.clockSuspect;
                }
                if (m.observations && m.observations.length) {
                    d.observations = $Array(m.observations.length);
                    for (var j = 0; j < m.observations.length; ++j) {
                        d.observations[j] = $root.wx.v1.Observation.toObject(m.observations[j], o, q + 1);
                    }
                }
                if (m.gatewayReceivedMs != null && $Object.hasOwnProperty.call(m, "gatewayReceivedMs")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.gatewayReceivedMs = typeof m.gatewayReceivedMs === "number" ? $BigInt(m.gatewayReceivedMs) : $util.Long.fromBits(m.gatewayReceivedMs.low >>> 0, m.gatewayReceivedMs.high >>> 0, false).toBigInt();
                    else if (typeof m.gatewayReceivedMs === "number")
                        d.gatewayReceivedMs = o.longs === $String ? $String(m.gatewayReceivedMs) : m.gatewayReceivedMs;
                    else
                        d.gatewayReceivedMs = o.longs === $String ? $util.Long.prototype.toString.call(m.gatewayReceivedMs) : o.longs === $Number ? new $util.LongBits(m.gatewayReceivedMs.low >>> 0, m.gatewayReceivedMs.high >>> 0).toNumber() : m.gatewayReceivedMs;
                }
                if (m.gatewayId != null && $Object.hasOwnProperty.call(m, "gatewayId")) {
                    d.gatewayId = m.gatewayId;
                }
                return d;
            };

            /**
             * Converts this Reading to JSON.
             * @function toJSON
             * @memberof wx.v1.Reading
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Reading.prototype.toJSON = function() {
                return Reading.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Reading
             * @function getTypeUrl
             * @memberof wx.v1.Reading
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Reading.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/wx.v1.Reading";
            };

            return Reading;
        })();

        v1.ReadingBatch = (function() {

            /**
             * Properties of a ReadingBatch.
             * @typedef {Object} wx.v1.ReadingBatch.$Properties
             * @property {Array.<wx.v1.Reading.$Properties>|null} [readings] ReadingBatch readings
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ReadingBatch.
             * @memberof wx.v1
             * @interface IReadingBatch
             * @augments wx.v1.ReadingBatch.$Properties
             * @deprecated Use wx.v1.ReadingBatch.$Properties instead.
             */

            /**
             * Shape of a ReadingBatch.
             * @typedef {wx.v1.ReadingBatch.$Properties} wx.v1.ReadingBatch.$Shape
             */

            /**
             * Constructs a new ReadingBatch.
             * @memberof wx.v1
             * @classdesc Represents a ReadingBatch.
             * @constructor
             * @param {wx.v1.ReadingBatch.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ReadingBatch = function (p) {
                this.readings = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * ReadingBatch readings.
             * @member {Array.<wx.v1.Reading.$Properties>} readings
             * @memberof wx.v1.ReadingBatch
             * @instance
             */
            ReadingBatch.prototype.readings = $util.emptyArray;

            /**
             * Creates a new ReadingBatch instance using the specified properties.
             * @function create
             * @memberof wx.v1.ReadingBatch
             * @static
             * @param {wx.v1.ReadingBatch.$Properties=} [properties] Properties to set
             * @returns {wx.v1.ReadingBatch} ReadingBatch instance
             * @type {{
             *   (properties: wx.v1.ReadingBatch.$Shape): wx.v1.ReadingBatch & wx.v1.ReadingBatch.$Shape;
             *   (properties?: wx.v1.ReadingBatch.$Properties): wx.v1.ReadingBatch;
             * }}
             */
            ReadingBatch.create = function(properties) {
                return new ReadingBatch(properties);
            };

            /**
             * Encodes the specified ReadingBatch message. Does not implicitly {@link wx.v1.ReadingBatch.verify|verify} messages.
             * @function encode
             * @memberof wx.v1.ReadingBatch
             * @static
             * @param {wx.v1.ReadingBatch.$Properties} m ReadingBatch message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ReadingBatch.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.readings != null && m.readings.length) {
                    for (var i = 0; i < m.readings.length; ++i)
                        $root.wx.v1.Reading.encode(m.readings[i], w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified ReadingBatch message, length delimited. Does not implicitly {@link wx.v1.ReadingBatch.verify|verify} messages.
             * @function encodeDelimited
             * @memberof wx.v1.ReadingBatch
             * @static
             * @param {wx.v1.ReadingBatch.$Properties} message ReadingBatch message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ReadingBatch.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a ReadingBatch message from the specified reader or buffer.
             * @function decode
             * @memberof wx.v1.ReadingBatch
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {wx.v1.ReadingBatch & wx.v1.ReadingBatch.$Shape} ReadingBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ReadingBatch.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.wx.v1.ReadingBatch();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if (!(m.readings && m.readings.length))
                                m.readings = [];
                            m.readings.push($root.wx.v1.Reading.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes a ReadingBatch message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof wx.v1.ReadingBatch
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {wx.v1.ReadingBatch & wx.v1.ReadingBatch.$Shape} ReadingBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ReadingBatch.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a ReadingBatch message.
             * @function verify
             * @memberof wx.v1.ReadingBatch
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ReadingBatch.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.readings != null && $Object.hasOwnProperty.call(m, "readings")) {
                    if (!$Array.isArray(m.readings))
                        return "readings: array expected";
                    for (var i = 0; i < m.readings.length; ++i) {
                        {
                            var e = $root.wx.v1.Reading.verify(m.readings[i], q + 1);
                            if (e)
                                return "readings." + e;
                        }
                    }
                }
                return null;
            };

            /**
             * Creates a ReadingBatch message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof wx.v1.ReadingBatch
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {wx.v1.ReadingBatch} ReadingBatch
             */
            ReadingBatch.fromObject = function (d, q) {
                if (d instanceof $root.wx.v1.ReadingBatch)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".wx.v1.ReadingBatch: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.wx.v1.ReadingBatch();
                if (d.readings) {
                    if (!$Array.isArray(d.readings))
                        throw $TypeError(".wx.v1.ReadingBatch.readings: array expected");
                    m.readings = $Array(d.readings.length);
                    for (var i = 0; i < d.readings.length; ++i) {
                        if (!$util.isObject(d.readings[i]))
                            throw $TypeError(".wx.v1.ReadingBatch.readings: object expected");
                        m.readings[i] = $root.wx.v1.Reading.fromObject(d.readings[i], q + 1);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a ReadingBatch message. Also converts values to other types if specified.
             * @function toObject
             * @memberof wx.v1.ReadingBatch
             * @static
             * @param {wx.v1.ReadingBatch} m ReadingBatch
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ReadingBatch.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.readings = [];
                }
                if (m.readings && m.readings.length) {
                    d.readings = $Array(m.readings.length);
                    for (var j = 0; j < m.readings.length; ++j) {
                        d.readings[j] = $root.wx.v1.Reading.toObject(m.readings[j], o, q + 1);
                    }
                }
                return d;
            };

            /**
             * Converts this ReadingBatch to JSON.
             * @function toJSON
             * @memberof wx.v1.ReadingBatch
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ReadingBatch.prototype.toJSON = function() {
                return ReadingBatch.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ReadingBatch
             * @function getTypeUrl
             * @memberof wx.v1.ReadingBatch
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ReadingBatch.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/wx.v1.ReadingBatch";
            };

            return ReadingBatch;
        })();

        v1.StationInfo = (function() {

            /**
             * Properties of a StationInfo.
             * @typedef {Object} wx.v1.StationInfo.$Properties
             * @property {string|null} [deviceId] StationInfo deviceId
             * @property {string|null} [site] StationInfo site
             * @property {string|null} [name] StationInfo name
             * @property {number|null} [latitude] StationInfo latitude
             * @property {number|null} [longitude] StationInfo longitude
             * @property {number|null} [elevationM] StationInfo elevationM
             * @property {string|null} [hardware] StationInfo hardware
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a StationInfo.
             * @memberof wx.v1
             * @interface IStationInfo
             * @augments wx.v1.StationInfo.$Properties
             * @deprecated Use wx.v1.StationInfo.$Properties instead.
             */

            /**
             * Shape of a StationInfo.
             * @typedef {wx.v1.StationInfo.$Properties} wx.v1.StationInfo.$Shape
             */

            /**
             * Constructs a new StationInfo.
             * @memberof wx.v1
             * @classdesc Represents a StationInfo.
             * @constructor
             * @param {wx.v1.StationInfo.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const StationInfo = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * StationInfo deviceId.
             * @member {string} deviceId
             * @memberof wx.v1.StationInfo
             * @instance
             */
            StationInfo.prototype.deviceId = "";

            /**
             * StationInfo site.
             * @member {string} site
             * @memberof wx.v1.StationInfo
             * @instance
             */
            StationInfo.prototype.site = "";

            /**
             * StationInfo name.
             * @member {string} name
             * @memberof wx.v1.StationInfo
             * @instance
             */
            StationInfo.prototype.name = "";

            /**
             * StationInfo latitude.
             * @member {number} latitude
             * @memberof wx.v1.StationInfo
             * @instance
             */
            StationInfo.prototype.latitude = 0;

            /**
             * StationInfo longitude.
             * @member {number} longitude
             * @memberof wx.v1.StationInfo
             * @instance
             */
            StationInfo.prototype.longitude = 0;

            /**
             * StationInfo elevationM.
             * @member {number} elevationM
             * @memberof wx.v1.StationInfo
             * @instance
             */
            StationInfo.prototype.elevationM = 0;

            /**
             * StationInfo hardware.
             * @member {string} hardware
             * @memberof wx.v1.StationInfo
             * @instance
             */
            StationInfo.prototype.hardware = "";

            /**
             * Creates a new StationInfo instance using the specified properties.
             * @function create
             * @memberof wx.v1.StationInfo
             * @static
             * @param {wx.v1.StationInfo.$Properties=} [properties] Properties to set
             * @returns {wx.v1.StationInfo} StationInfo instance
             * @type {{
             *   (properties: wx.v1.StationInfo.$Shape): wx.v1.StationInfo & wx.v1.StationInfo.$Shape;
             *   (properties?: wx.v1.StationInfo.$Properties): wx.v1.StationInfo;
             * }}
             */
            StationInfo.create = function(properties) {
                return new StationInfo(properties);
            };

            /**
             * Encodes the specified StationInfo message. Does not implicitly {@link wx.v1.StationInfo.verify|verify} messages.
             * @function encode
             * @memberof wx.v1.StationInfo
             * @static
             * @param {wx.v1.StationInfo.$Properties} m StationInfo message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            StationInfo.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.deviceId != null && $Object.hasOwnProperty.call(m, "deviceId") && m.deviceId !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.deviceId);
                if (m.site != null && $Object.hasOwnProperty.call(m, "site") && m.site !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.site);
                if (m.name != null && $Object.hasOwnProperty.call(m, "name") && m.name !== "")
                    w.uint32(/* id 3, wireType 2 =*/26).string(m.name);
                if (m.latitude != null && $Object.hasOwnProperty.call(m, "latitude") && !$Object.is(m.latitude, 0))
                    w.uint32(/* id 4, wireType 1 =*/33).double(m.latitude);
                if (m.longitude != null && $Object.hasOwnProperty.call(m, "longitude") && !$Object.is(m.longitude, 0))
                    w.uint32(/* id 5, wireType 1 =*/41).double(m.longitude);
                if (m.elevationM != null && $Object.hasOwnProperty.call(m, "elevationM") && !$Object.is(m.elevationM, 0))
                    w.uint32(/* id 6, wireType 1 =*/49).double(m.elevationM);
                if (m.hardware != null && $Object.hasOwnProperty.call(m, "hardware") && m.hardware !== "")
                    w.uint32(/* id 7, wireType 2 =*/58).string(m.hardware);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified StationInfo message, length delimited. Does not implicitly {@link wx.v1.StationInfo.verify|verify} messages.
             * @function encodeDelimited
             * @memberof wx.v1.StationInfo
             * @static
             * @param {wx.v1.StationInfo.$Properties} message StationInfo message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            StationInfo.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a StationInfo message from the specified reader or buffer.
             * @function decode
             * @memberof wx.v1.StationInfo
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {wx.v1.StationInfo & wx.v1.StationInfo.$Shape} StationInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            StationInfo.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.wx.v1.StationInfo();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.deviceId = v;
                            else
                                delete m.deviceId;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.site = v;
                            else
                                delete m.site;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.name = v;
                            else
                                delete m.name;
                            continue;
                        }
                    case 4: {
                            if (u !== 1)
                                break;
                            if (!$Object.is(v = r.double(), 0))
                                m.latitude = v;
                            else
                                delete m.latitude;
                            continue;
                        }
                    case 5: {
                            if (u !== 1)
                                break;
                            if (!$Object.is(v = r.double(), 0))
                                m.longitude = v;
                            else
                                delete m.longitude;
                            continue;
                        }
                    case 6: {
                            if (u !== 1)
                                break;
                            if (!$Object.is(v = r.double(), 0))
                                m.elevationM = v;
                            else
                                delete m.elevationM;
                            continue;
                        }
                    case 7: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.hardware = v;
                            else
                                delete m.hardware;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes a StationInfo message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof wx.v1.StationInfo
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {wx.v1.StationInfo & wx.v1.StationInfo.$Shape} StationInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            StationInfo.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a StationInfo message.
             * @function verify
             * @memberof wx.v1.StationInfo
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            StationInfo.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.deviceId != null && $Object.hasOwnProperty.call(m, "deviceId")) {
                    if (!$util.isString(m.deviceId))
                        return "deviceId: string expected";
                }
                if (m.site != null && $Object.hasOwnProperty.call(m, "site")) {
                    if (!$util.isString(m.site))
                        return "site: string expected";
                }
                if (m.name != null && $Object.hasOwnProperty.call(m, "name")) {
                    if (!$util.isString(m.name))
                        return "name: string expected";
                }
                if (m.latitude != null && $Object.hasOwnProperty.call(m, "latitude")) {
                    if (typeof m.latitude !== "number")
                        return "latitude: number expected";
                }
                if (m.longitude != null && $Object.hasOwnProperty.call(m, "longitude")) {
                    if (typeof m.longitude !== "number")
                        return "longitude: number expected";
                }
                if (m.elevationM != null && $Object.hasOwnProperty.call(m, "elevationM")) {
                    if (typeof m.elevationM !== "number")
                        return "elevationM: number expected";
                }
                if (m.hardware != null && $Object.hasOwnProperty.call(m, "hardware")) {
                    if (!$util.isString(m.hardware))
                        return "hardware: string expected";
                }
                return null;
            };

            /**
             * Creates a StationInfo message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof wx.v1.StationInfo
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {wx.v1.StationInfo} StationInfo
             */
            StationInfo.fromObject = function (d, q) {
                if (d instanceof $root.wx.v1.StationInfo)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".wx.v1.StationInfo: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.wx.v1.StationInfo();
                if (d.deviceId != null) {
                    if (typeof d.deviceId !== "string" || d.deviceId.length) {
                        m.deviceId = $String(d.deviceId);
                    }
                }
                if (d.site != null) {
                    if (typeof d.site !== "string" || d.site.length) {
                        m.site = $String(d.site);
                    }
                }
                if (d.name != null) {
                    if (typeof d.name !== "string" || d.name.length) {
                        m.name = $String(d.name);
                    }
                }
                if (d.latitude != null) {
                    if (!$Object.is($Number(d.latitude), 0)) {
                        m.latitude = $Number(d.latitude);
                    }
                }
                if (d.longitude != null) {
                    if (!$Object.is($Number(d.longitude), 0)) {
                        m.longitude = $Number(d.longitude);
                    }
                }
                if (d.elevationM != null) {
                    if (!$Object.is($Number(d.elevationM), 0)) {
                        m.elevationM = $Number(d.elevationM);
                    }
                }
                if (d.hardware != null) {
                    if (typeof d.hardware !== "string" || d.hardware.length) {
                        m.hardware = $String(d.hardware);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a StationInfo message. Also converts values to other types if specified.
             * @function toObject
             * @memberof wx.v1.StationInfo
             * @static
             * @param {wx.v1.StationInfo} m StationInfo
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            StationInfo.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.deviceId = "";
                    d.site = "";
                    d.name = "";
                    d.latitude = 0;
                    d.longitude = 0;
                    d.elevationM = 0;
                    d.hardware = "";
                }
                if (m.deviceId != null && $Object.hasOwnProperty.call(m, "deviceId")) {
                    d.deviceId = m.deviceId;
                }
                if (m.site != null && $Object.hasOwnProperty.call(m, "site")) {
                    d.site = m.site;
                }
                if (m.name != null && $Object.hasOwnProperty.call(m, "name")) {
                    d.name = m.name;
                }
                if (m.latitude != null && $Object.hasOwnProperty.call(m, "latitude")) {
                    d.latitude = o.json && !$isFinite(m.latitude) ? $String(m.latitude) : m.latitude;
                }
                if (m.longitude != null && $Object.hasOwnProperty.call(m, "longitude")) {
                    d.longitude = o.json && !$isFinite(m.longitude) ? $String(m.longitude) : m.longitude;
                }
                if (m.elevationM != null && $Object.hasOwnProperty.call(m, "elevationM")) {
                    d.elevationM = o.json && !$isFinite(m.elevationM) ? $String(m.elevationM) : m.elevationM;
                }
                if (m.hardware != null && $Object.hasOwnProperty.call(m, "hardware")) {
                    d.hardware = m.hardware;
                }
                return d;
            };

            /**
             * Converts this StationInfo to JSON.
             * @function toJSON
             * @memberof wx.v1.StationInfo
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            StationInfo.prototype.toJSON = function() {
                return StationInfo.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for StationInfo
             * @function getTypeUrl
             * @memberof wx.v1.StationInfo
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            StationInfo.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/wx.v1.StationInfo";
            };

            return StationInfo;
        })();

        /**
         * DeviceState enum.
         * @name wx.v1.DeviceState
         * @enum {number}
         * @property {number} DEVICE_STATE_UNSPECIFIED=0 DEVICE_STATE_UNSPECIFIED value
         * @property {number} ONLINE=1 ONLINE value
         * @property {number} OFFLINE=2 OFFLINE value
         */
        v1.DeviceState = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "DEVICE_STATE_UNSPECIFIED"] = 0;
            values[valuesById[1] = "ONLINE"] = 1;
            values[valuesById[2] = "OFFLINE"] = 2;
            return values;
        })();

        v1.DeviceStatus = (function() {

            /**
             * Properties of a DeviceStatus.
             * @typedef {Object} wx.v1.DeviceStatus.$Properties
             * @property {string|null} [deviceId] DeviceStatus deviceId
             * @property {wx.v1.DeviceState|null} [state] DeviceStatus state
             * @property {number|null} [timeMs] DeviceStatus timeMs
             * @property {string|null} [agentVersion] DeviceStatus agentVersion
             * @property {wx.v1.StationInfo.$Properties|null} [station] DeviceStatus station
             * @property {number|null} [outboxDepth] DeviceStatus outboxDepth
             * @property {number|null} [outboxOldestMs] DeviceStatus outboxOldestMs
             * @property {number|null} [lastSeq] DeviceStatus lastSeq
             * @property {boolean|null} [clockSynced] DeviceStatus clockSynced
             * @property {Object.<string,string>|null} [details] DeviceStatus details
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DeviceStatus.
             * @memberof wx.v1
             * @interface IDeviceStatus
             * @augments wx.v1.DeviceStatus.$Properties
             * @deprecated Use wx.v1.DeviceStatus.$Properties instead.
             */

            /**
             * Shape of a DeviceStatus.
             * @typedef {wx.v1.DeviceStatus.$Properties} wx.v1.DeviceStatus.$Shape
             */

            /**
             * Constructs a new DeviceStatus.
             * @memberof wx.v1
             * @classdesc Represents a DeviceStatus.
             * @constructor
             * @param {wx.v1.DeviceStatus.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DeviceStatus = function (p) {
                this.details = {};
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * DeviceStatus deviceId.
             * @member {string} deviceId
             * @memberof wx.v1.DeviceStatus
             * @instance
             */
            DeviceStatus.prototype.deviceId = "";

            /**
             * DeviceStatus state.
             * @member {wx.v1.DeviceState} state
             * @memberof wx.v1.DeviceStatus
             * @instance
             */
            DeviceStatus.prototype.state = 0;

            /**
             * DeviceStatus timeMs.
             * @member {number} timeMs
             * @memberof wx.v1.DeviceStatus
             * @instance
             */
            DeviceStatus.prototype.timeMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * DeviceStatus agentVersion.
             * @member {string} agentVersion
             * @memberof wx.v1.DeviceStatus
             * @instance
             */
            DeviceStatus.prototype.agentVersion = "";

            /**
             * DeviceStatus station.
             * @member {wx.v1.StationInfo.$Properties|null|undefined} station
             * @memberof wx.v1.DeviceStatus
             * @instance
             */
            DeviceStatus.prototype.station = null;

            /**
             * DeviceStatus outboxDepth.
             * @member {number} outboxDepth
             * @memberof wx.v1.DeviceStatus
             * @instance
             */
            DeviceStatus.prototype.outboxDepth = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * DeviceStatus outboxOldestMs.
             * @member {number} outboxOldestMs
             * @memberof wx.v1.DeviceStatus
             * @instance
             */
            DeviceStatus.prototype.outboxOldestMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * DeviceStatus lastSeq.
             * @member {number} lastSeq
             * @memberof wx.v1.DeviceStatus
             * @instance
             */
            DeviceStatus.prototype.lastSeq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * DeviceStatus clockSynced.
             * @member {boolean} clockSynced
             * @memberof wx.v1.DeviceStatus
             * @instance
             */
            DeviceStatus.prototype.clockSynced = false;

            /**
             * DeviceStatus details.
             * @member {Object.<string,string>} details
             * @memberof wx.v1.DeviceStatus
             * @instance
             */
            DeviceStatus.prototype.details = $util.emptyObject;

            /**
             * Creates a new DeviceStatus instance using the specified properties.
             * @function create
             * @memberof wx.v1.DeviceStatus
             * @static
             * @param {wx.v1.DeviceStatus.$Properties=} [properties] Properties to set
             * @returns {wx.v1.DeviceStatus} DeviceStatus instance
             * @type {{
             *   (properties: wx.v1.DeviceStatus.$Shape): wx.v1.DeviceStatus & wx.v1.DeviceStatus.$Shape;
             *   (properties?: wx.v1.DeviceStatus.$Properties): wx.v1.DeviceStatus;
             * }}
             */
            DeviceStatus.create = function(properties) {
                return new DeviceStatus(properties);
            };

            /**
             * Encodes the specified DeviceStatus message. Does not implicitly {@link wx.v1.DeviceStatus.verify|verify} messages.
             * @function encode
             * @memberof wx.v1.DeviceStatus
             * @static
             * @param {wx.v1.DeviceStatus.$Properties} m DeviceStatus message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DeviceStatus.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.deviceId != null && $Object.hasOwnProperty.call(m, "deviceId") && m.deviceId !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.deviceId);
                if (m.state != null && $Object.hasOwnProperty.call(m, "state") && m.state !== 0)
                    w.uint32(/* id 2, wireType 0 =*/16).int32(m.state);
                if (m.timeMs != null && $Object.hasOwnProperty.call(m, "timeMs") && (typeof m.timeMs === "object" ? m.timeMs.low || m.timeMs.high : m.timeMs !== 0))
                    w.uint32(/* id 3, wireType 0 =*/24).int64(m.timeMs);
                if (m.agentVersion != null && $Object.hasOwnProperty.call(m, "agentVersion") && m.agentVersion !== "")
                    w.uint32(/* id 4, wireType 2 =*/34).string(m.agentVersion);
                if (m.station != null && $Object.hasOwnProperty.call(m, "station"))
                    $root.wx.v1.StationInfo.encode(m.station, w.uint32(/* id 5, wireType 2 =*/42).fork(), q + 1).ldelim();
                if (m.outboxDepth != null && $Object.hasOwnProperty.call(m, "outboxDepth") && (typeof m.outboxDepth === "object" ? m.outboxDepth.low || m.outboxDepth.high : m.outboxDepth !== 0))
                    w.uint32(/* id 6, wireType 0 =*/48).uint64(m.outboxDepth);
                if (m.outboxOldestMs != null && $Object.hasOwnProperty.call(m, "outboxOldestMs") && (typeof m.outboxOldestMs === "object" ? m.outboxOldestMs.low || m.outboxOldestMs.high : m.outboxOldestMs !== 0))
                    w.uint32(/* id 7, wireType 0 =*/56).int64(m.outboxOldestMs);
                if (m.lastSeq != null && $Object.hasOwnProperty.call(m, "lastSeq") && (typeof m.lastSeq === "object" ? m.lastSeq.low || m.lastSeq.high : m.lastSeq !== 0))
                    w.uint32(/* id 8, wireType 0 =*/64).uint64(m.lastSeq);
                if (m.clockSynced != null && $Object.hasOwnProperty.call(m, "clockSynced") && m.clockSynced !== false)
                    w.uint32(/* id 9, wireType 0 =*/72).bool(m.clockSynced);
                if (m.details != null && $Object.hasOwnProperty.call(m, "details")) {
                    for (var ks = $Object.keys(m.details), i = 0; i < ks.length; ++i) {
                        w.uint32(/* id 10, wireType 2 =*/82).fork().uint32(/* id 1, wireType 2 =*/10).string(ks[i]).uint32(/* id 2, wireType 2 =*/18).string(m.details[ks[i]]).ldelim();
                    }
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified DeviceStatus message, length delimited. Does not implicitly {@link wx.v1.DeviceStatus.verify|verify} messages.
             * @function encodeDelimited
             * @memberof wx.v1.DeviceStatus
             * @static
             * @param {wx.v1.DeviceStatus.$Properties} message DeviceStatus message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DeviceStatus.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a DeviceStatus message from the specified reader or buffer.
             * @function decode
             * @memberof wx.v1.DeviceStatus
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {wx.v1.DeviceStatus & wx.v1.DeviceStatus.$Shape} DeviceStatus
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DeviceStatus.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, k, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.wx.v1.DeviceStatus();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.deviceId = v;
                            else
                                delete m.deviceId;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (v = r.int32())
                                m.state = v;
                            else
                                delete m.state;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.timeMs = v;
                            else
                                delete m.timeMs;
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.agentVersion = v;
                            else
                                delete m.agentVersion;
                            continue;
                        }
                    case 5: {
                            if (u !== 2)
                                break;
                            m.station = $root.wx.v1.StationInfo.decode(r, r.size(), $undefined, q + 1, m.station);
                            continue;
                        }
                    case 6: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.outboxDepth = v;
                            else
                                delete m.outboxDepth;
                            continue;
                        }
                    case 7: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.outboxOldestMs = v;
                            else
                                delete m.outboxOldestMs;
                            continue;
                        }
                    case 8: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.lastSeq = v;
                            else
                                delete m.lastSeq;
                            continue;
                        }
                    case 9: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.clockSynced = v;
                            else
                                delete m.clockSynced;
                            continue;
                        }
                    case 10: {
                            if (u !== 2)
                                break;
                            if (m.details === $util.emptyObject)
                                m.details = {};
                            var c2 = r.size() + r.pos;
                            if (c2 > r.len)
                                throw $RangeError("index out of range");
                            r.len = c2;
                            k = "";
                            v = "";
                            while (r.pos < c2) {
                                var t2 = r.tag();
                                u = t2 & 7;
                                switch (t2 >>>= 3) {
                                case 1:
                                    if (u !== 2)
                                        break;
                                    k = r.stringVerify();
                                    continue;
                                case 2:
                                    if (u !== 2)
                                        break;
                                    v = r.stringVerify();
                                    continue;
                                }
                                r.skipType(u, q, t2);
                            }
                            if (r.pos !== c2)
                                throw $RangeError("index out of range");
                            r.len = c;
                            if (k === "__proto__")
                                $util.makeProp(m.details, k);
                            m.details[k] = v;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes a DeviceStatus message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof wx.v1.DeviceStatus
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {wx.v1.DeviceStatus & wx.v1.DeviceStatus.$Shape} DeviceStatus
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DeviceStatus.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a DeviceStatus message.
             * @function verify
             * @memberof wx.v1.DeviceStatus
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            DeviceStatus.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.deviceId != null && $Object.hasOwnProperty.call(m, "deviceId")) {
                    if (!$util.isString(m.deviceId))
                        return "deviceId: string expected";
                }
                if (m.state != null && $Object.hasOwnProperty.call(m, "state")) {
                    if (typeof m.state !== "number" || (m.state | 0) !== m.state)
                        return "state: enum value expected";
                }
                if (m.timeMs != null && $Object.hasOwnProperty.call(m, "timeMs")) {
                    if (!$util.isInteger(m.timeMs) && !(m.timeMs && $util.isInteger(m.timeMs.low) && $util.isInteger(m.timeMs.high)))
                        return "timeMs: integer|Long expected";
                }
                if (m.agentVersion != null && $Object.hasOwnProperty.call(m, "agentVersion")) {
                    if (!$util.isString(m.agentVersion))
                        return "agentVersion: string expected";
                }
                if (m.station != null && $Object.hasOwnProperty.call(m, "station")) {
                    {
                        var e = $root.wx.v1.StationInfo.verify(m.station, q + 1);
                        if (e)
                            return "station." + e;
                    }
                }
                if (m.outboxDepth != null && $Object.hasOwnProperty.call(m, "outboxDepth")) {
                    if (!$util.isInteger(m.outboxDepth) && !(m.outboxDepth && $util.isInteger(m.outboxDepth.low) && $util.isInteger(m.outboxDepth.high)))
                        return "outboxDepth: integer|Long expected";
                }
                if (m.outboxOldestMs != null && $Object.hasOwnProperty.call(m, "outboxOldestMs")) {
                    if (!$util.isInteger(m.outboxOldestMs) && !(m.outboxOldestMs && $util.isInteger(m.outboxOldestMs.low) && $util.isInteger(m.outboxOldestMs.high)))
                        return "outboxOldestMs: integer|Long expected";
                }
                if (m.lastSeq != null && $Object.hasOwnProperty.call(m, "lastSeq")) {
                    if (!$util.isInteger(m.lastSeq) && !(m.lastSeq && $util.isInteger(m.lastSeq.low) && $util.isInteger(m.lastSeq.high)))
                        return "lastSeq: integer|Long expected";
                }
                if (m.clockSynced != null && $Object.hasOwnProperty.call(m, "clockSynced")) {
                    if (typeof m.clockSynced !== "boolean")
                        return "clockSynced: boolean expected";
                }
                if (m.details != null && $Object.hasOwnProperty.call(m, "details")) {
                    if (!$util.isObject(m.details))
                        return "details: object expected";
                    var k = $Object.keys(m.details);
                    for (var i = 0; i < k.length; ++i) {
                        if (!$util.isString(m.details[k[i]]))
                            return "details: string{k:string} expected";
                    }
                }
                return null;
            };

            /**
             * Creates a DeviceStatus message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof wx.v1.DeviceStatus
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {wx.v1.DeviceStatus} DeviceStatus
             */
            DeviceStatus.fromObject = function (d, q) {
                if (d instanceof $root.wx.v1.DeviceStatus)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".wx.v1.DeviceStatus: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.wx.v1.DeviceStatus();
                if (d.deviceId != null) {
                    if (typeof d.deviceId !== "string" || d.deviceId.length) {
                        m.deviceId = $String(d.deviceId);
                    }
                }
                if (d.state !== 0 && (typeof d.state !== "string" || $root.wx.v1.DeviceState[d.state] !== 0)) {
                    switch (d.state) {
                    case "DEVICE_STATE_UNSPECIFIED":
                    case 0:
                        m.state = 0;
                        break;
                    case "ONLINE":
                    case 1:
                        m.state = 1;
                        break;
                    case "OFFLINE":
                    case 2:
                        m.state = 2;
                        break;
                    default:
                        if (typeof d.state === "number" && (d.state | 0) === d.state)
                            m.state = d.state;
                    }
                }
                if (d.timeMs != null) {
                    if (typeof d.timeMs === "object" ? d.timeMs.low || d.timeMs.high : $Number(d.timeMs) !== 0) {
                        if ($util.Long)
                            m.timeMs = $util.Long.fromValue(d.timeMs, false);
                        else if (typeof d.timeMs === "string")
                            m.timeMs = $parseInt(d.timeMs, 10);
                        else if (typeof d.timeMs === "number")
                            m.timeMs = d.timeMs;
                        else if (typeof d.timeMs === "object")
                            m.timeMs = new $util.LongBits(d.timeMs.low >>> 0, d.timeMs.high >>> 0).toNumber();
                    }
                }
                if (d.agentVersion != null) {
                    if (typeof d.agentVersion !== "string" || d.agentVersion.length) {
                        m.agentVersion = $String(d.agentVersion);
                    }
                }
                if (d.station != null) {
                    if (!$util.isObject(d.station))
                        throw $TypeError(".wx.v1.DeviceStatus.station: object expected");
                    m.station = $root.wx.v1.StationInfo.fromObject(d.station, q + 1);
                }
                if (d.outboxDepth != null) {
                    if (typeof d.outboxDepth === "object" ? d.outboxDepth.low || d.outboxDepth.high : $Number(d.outboxDepth) !== 0) {
                        if ($util.Long)
                            m.outboxDepth = $util.Long.fromValue(d.outboxDepth, true);
                        else if (typeof d.outboxDepth === "string")
                            m.outboxDepth = $parseInt(d.outboxDepth, 10);
                        else if (typeof d.outboxDepth === "number")
                            m.outboxDepth = d.outboxDepth;
                        else if (typeof d.outboxDepth === "object")
                            m.outboxDepth = new $util.LongBits(d.outboxDepth.low >>> 0, d.outboxDepth.high >>> 0).toNumber(true);
                    }
                }
                if (d.outboxOldestMs != null) {
                    if (typeof d.outboxOldestMs === "object" ? d.outboxOldestMs.low || d.outboxOldestMs.high : $Number(d.outboxOldestMs) !== 0) {
                        if ($util.Long)
                            m.outboxOldestMs = $util.Long.fromValue(d.outboxOldestMs, false);
                        else if (typeof d.outboxOldestMs === "string")
                            m.outboxOldestMs = $parseInt(d.outboxOldestMs, 10);
                        else if (typeof d.outboxOldestMs === "number")
                            m.outboxOldestMs = d.outboxOldestMs;
                        else if (typeof d.outboxOldestMs === "object")
                            m.outboxOldestMs = new $util.LongBits(d.outboxOldestMs.low >>> 0, d.outboxOldestMs.high >>> 0).toNumber();
                    }
                }
                if (d.lastSeq != null) {
                    if (typeof d.lastSeq === "object" ? d.lastSeq.low || d.lastSeq.high : $Number(d.lastSeq) !== 0) {
                        if ($util.Long)
                            m.lastSeq = $util.Long.fromValue(d.lastSeq, true);
                        else if (typeof d.lastSeq === "string")
                            m.lastSeq = $parseInt(d.lastSeq, 10);
                        else if (typeof d.lastSeq === "number")
                            m.lastSeq = d.lastSeq;
                        else if (typeof d.lastSeq === "object")
                            m.lastSeq = new $util.LongBits(d.lastSeq.low >>> 0, d.lastSeq.high >>> 0).toNumber(true);
                    }
                }
                if (d.clockSynced != null) {
                    if (d.clockSynced) {
                        m.clockSynced = $Boolean(d.clockSynced);
                    }
                }
                if (d.details) {
                    if (!$util.isObject(d.details))
                        throw $TypeError(".wx.v1.DeviceStatus.details: object expected");
                    m.details = {};
                    for (var ks = $Object.keys(d.details), i = 0; i < ks.length; ++i) {
                        if (ks[i] === "__proto__")
                            $util.makeProp(m.details, ks[i]);
                        m.details[ks[i]] = $String(d.details[ks[i]]);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a DeviceStatus message. Also converts values to other types if specified.
             * @function toObject
             * @memberof wx.v1.DeviceStatus
             * @static
             * @param {wx.v1.DeviceStatus} m DeviceStatus
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            DeviceStatus.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.objects || o.defaults) {
                    d.details = {};
                }
                if (o.defaults) {
                    d.deviceId = "";
                    d.state = o.enums === $String ? "DEVICE_STATE_UNSPECIFIED" : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.timeMs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.timeMs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.agentVersion = "";
                    d.station = null;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.outboxDepth = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.outboxDepth = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.outboxOldestMs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.outboxOldestMs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.lastSeq = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.lastSeq = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.clockSynced = false;
                }
                if (m.deviceId != null && $Object.hasOwnProperty.call(m, "deviceId")) {
                    d.deviceId = m.deviceId;
                }
                if (m.state != null && $Object.hasOwnProperty.call(m, "state")) {
                    d.state = o.enums === $String ? $root.wx.v1.DeviceState[m.state] === $undefined ? m.state : $root.wx.v1.DeviceState[m.state] : m.state;
                }
                if (m.timeMs != null && $Object.hasOwnProperty.call(m, "timeMs")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.timeMs = typeof m.timeMs === "number" ? $BigInt(m.timeMs) : $util.Long.fromBits(m.timeMs.low >>> 0, m.timeMs.high >>> 0, false).toBigInt();
                    else if (typeof m.timeMs === "number")
                        d.timeMs = o.longs === $String ? $String(m.timeMs) : m.timeMs;
                    else
                        d.timeMs = o.longs === $String ? $util.Long.prototype.toString.call(m.timeMs) : o.longs === $Number ? new $util.LongBits(m.timeMs.low >>> 0, m.timeMs.high >>> 0).toNumber() : m.timeMs;
                }
                if (m.agentVersion != null && $Object.hasOwnProperty.call(m, "agentVersion")) {
                    d.agentVersion = m.agentVersion;
                }
                if (m.station != null && $Object.hasOwnProperty.call(m, "station")) {
                    d.station = $root.wx.v1.StationInfo.toObject(m.station, o, q + 1);
                }
                if (m.outboxDepth != null && $Object.hasOwnProperty.call(m, "outboxDepth")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.outboxDepth = typeof m.outboxDepth === "number" ? $BigInt(m.outboxDepth) : $util.Long.fromBits(m.outboxDepth.low >>> 0, m.outboxDepth.high >>> 0, true).toBigInt();
                    else if (typeof m.outboxDepth === "number")
                        d.outboxDepth = o.longs === $String ? $String(m.outboxDepth) : m.outboxDepth;
                    else
                        d.outboxDepth = o.longs === $String ? $util.Long.prototype.toString.call(m.outboxDepth) : o.longs === $Number ? new $util.LongBits(m.outboxDepth.low >>> 0, m.outboxDepth.high >>> 0).toNumber(true) : m.outboxDepth;
                }
                if (m.outboxOldestMs != null && $Object.hasOwnProperty.call(m, "outboxOldestMs")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.outboxOldestMs = typeof m.outboxOldestMs === "number" ? $BigInt(m.outboxOldestMs) : $util.Long.fromBits(m.outboxOldestMs.low >>> 0, m.outboxOldestMs.high >>> 0, false).toBigInt();
                    else if (typeof m.outboxOldestMs === "number")
                        d.outboxOldestMs = o.longs === $String ? $String(m.outboxOldestMs) : m.outboxOldestMs;
                    else
                        d.outboxOldestMs = o.longs === $String ? $util.Long.prototype.toString.call(m.outboxOldestMs) : o.longs === $Number ? new $util.LongBits(m.outboxOldestMs.low >>> 0, m.outboxOldestMs.high >>> 0).toNumber() : m.outboxOldestMs;
                }
                if (m.lastSeq != null && $Object.hasOwnProperty.call(m, "lastSeq")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.lastSeq = typeof m.lastSeq === "number" ? $BigInt(m.lastSeq) : $util.Long.fromBits(m.lastSeq.low >>> 0, m.lastSeq.high >>> 0, true).toBigInt();
                    else if (typeof m.lastSeq === "number")
                        d.lastSeq = o.longs === $String ? $String(m.lastSeq) : m.lastSeq;
                    else
                        d.lastSeq = o.longs === $String ? $util.Long.prototype.toString.call(m.lastSeq) : o.longs === $Number ? new $util.LongBits(m.lastSeq.low >>> 0, m.lastSeq.high >>> 0).toNumber(true) : m.lastSeq;
                }
                if (m.clockSynced != null && $Object.hasOwnProperty.call(m, "clockSynced")) {
                    d.clockSynced = m.clockSynced;
                }
                var ks2;
                if (m.details && (ks2 = $Object.keys(m.details)).length) {
                    d.details = {};
                    for (var j = 0; j < ks2.length; ++j) {
                        if (ks2[j] === "__proto__")
                            $util.makeProp(d.details, ks2[j]);
                        d.details[ks2[j]] = m.details[ks2[j]];
                    }
                }
                return d;
            };

            /**
             * Converts this DeviceStatus to JSON.
             * @function toJSON
             * @memberof wx.v1.DeviceStatus
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            DeviceStatus.prototype.toJSON = function() {
                return DeviceStatus.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for DeviceStatus
             * @function getTypeUrl
             * @memberof wx.v1.DeviceStatus
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            DeviceStatus.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/wx.v1.DeviceStatus";
            };

            return DeviceStatus;
        })();

        v1.Command = (function() {

            /**
             * Properties of a Command.
             * @typedef {Object} wx.v1.Command.$Properties
             * @property {string|null} [commandId] Command commandId
             * @property {string|null} [kind] Command kind
             * @property {Uint8Array|null} [payload] Command payload
             * @property {number|null} [issuedMs] Command issuedMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Command.
             * @memberof wx.v1
             * @interface ICommand
             * @augments wx.v1.Command.$Properties
             * @deprecated Use wx.v1.Command.$Properties instead.
             */

            /**
             * Shape of a Command.
             * @typedef {wx.v1.Command.$Properties} wx.v1.Command.$Shape
             */

            /**
             * Constructs a new Command.
             * @memberof wx.v1
             * @classdesc Represents a Command.
             * @constructor
             * @param {wx.v1.Command.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Command = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Command commandId.
             * @member {string} commandId
             * @memberof wx.v1.Command
             * @instance
             */
            Command.prototype.commandId = "";

            /**
             * Command kind.
             * @member {string} kind
             * @memberof wx.v1.Command
             * @instance
             */
            Command.prototype.kind = "";

            /**
             * Command payload.
             * @member {Uint8Array} payload
             * @memberof wx.v1.Command
             * @instance
             */
            Command.prototype.payload = $util.newBuffer([]);

            /**
             * Command issuedMs.
             * @member {number} issuedMs
             * @memberof wx.v1.Command
             * @instance
             */
            Command.prototype.issuedMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new Command instance using the specified properties.
             * @function create
             * @memberof wx.v1.Command
             * @static
             * @param {wx.v1.Command.$Properties=} [properties] Properties to set
             * @returns {wx.v1.Command} Command instance
             * @type {{
             *   (properties: wx.v1.Command.$Shape): wx.v1.Command & wx.v1.Command.$Shape;
             *   (properties?: wx.v1.Command.$Properties): wx.v1.Command;
             * }}
             */
            Command.create = function(properties) {
                return new Command(properties);
            };

            /**
             * Encodes the specified Command message. Does not implicitly {@link wx.v1.Command.verify|verify} messages.
             * @function encode
             * @memberof wx.v1.Command
             * @static
             * @param {wx.v1.Command.$Properties} m Command message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Command.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.commandId != null && $Object.hasOwnProperty.call(m, "commandId") && m.commandId !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.commandId);
                if (m.kind != null && $Object.hasOwnProperty.call(m, "kind") && m.kind !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.kind);
                if (m.payload != null && $Object.hasOwnProperty.call(m, "payload") && m.payload.length)
                    w.uint32(/* id 3, wireType 2 =*/26).bytes(m.payload);
                if (m.issuedMs != null && $Object.hasOwnProperty.call(m, "issuedMs") && (typeof m.issuedMs === "object" ? m.issuedMs.low || m.issuedMs.high : m.issuedMs !== 0))
                    w.uint32(/* id 4, wireType 0 =*/32).int64(m.issuedMs);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified Command message, length delimited. Does not implicitly {@link wx.v1.Command.verify|verify} messages.
             * @function encodeDelimited
             * @memberof wx.v1.Command
             * @static
             * @param {wx.v1.Command.$Properties} message Command message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Command.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Command message from the specified reader or buffer.
             * @function decode
             * @memberof wx.v1.Command
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {wx.v1.Command & wx.v1.Command.$Shape} Command
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Command.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.wx.v1.Command();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.commandId = v;
                            else
                                delete m.commandId;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.kind = v;
                            else
                                delete m.kind;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.payload = v;
                            else
                                delete m.payload;
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.issuedMs = v;
                            else
                                delete m.issuedMs;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes a Command message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof wx.v1.Command
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {wx.v1.Command & wx.v1.Command.$Shape} Command
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Command.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Command message.
             * @function verify
             * @memberof wx.v1.Command
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Command.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.commandId != null && $Object.hasOwnProperty.call(m, "commandId")) {
                    if (!$util.isString(m.commandId))
                        return "commandId: string expected";
                }
                if (m.kind != null && $Object.hasOwnProperty.call(m, "kind")) {
                    if (!$util.isString(m.kind))
                        return "kind: string expected";
                }
                if (m.payload != null && $Object.hasOwnProperty.call(m, "payload")) {
                    if (!(m.payload && typeof m.payload.length === "number" || $util.isString(m.payload)))
                        return "payload: buffer expected";
                }
                if (m.issuedMs != null && $Object.hasOwnProperty.call(m, "issuedMs")) {
                    if (!$util.isInteger(m.issuedMs) && !(m.issuedMs && $util.isInteger(m.issuedMs.low) && $util.isInteger(m.issuedMs.high)))
                        return "issuedMs: integer|Long expected";
                }
                return null;
            };

            /**
             * Creates a Command message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof wx.v1.Command
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {wx.v1.Command} Command
             */
            Command.fromObject = function (d, q) {
                if (d instanceof $root.wx.v1.Command)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".wx.v1.Command: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.wx.v1.Command();
                if (d.commandId != null) {
                    if (typeof d.commandId !== "string" || d.commandId.length) {
                        m.commandId = $String(d.commandId);
                    }
                }
                if (d.kind != null) {
                    if (typeof d.kind !== "string" || d.kind.length) {
                        m.kind = $String(d.kind);
                    }
                }
                if (d.payload != null) {
                    if (d.payload.length) {
                        if (typeof d.payload === "string")
                            $util.base64.decode(d.payload, m.payload = $util.newBuffer($util.base64.length(d.payload)), 0);
                        else if (d.payload.length >= 0)
                            m.payload = d.payload;
                    }
                }
                if (d.issuedMs != null) {
                    if (typeof d.issuedMs === "object" ? d.issuedMs.low || d.issuedMs.high : $Number(d.issuedMs) !== 0) {
                        if ($util.Long)
                            m.issuedMs = $util.Long.fromValue(d.issuedMs, false);
                        else if (typeof d.issuedMs === "string")
                            m.issuedMs = $parseInt(d.issuedMs, 10);
                        else if (typeof d.issuedMs === "number")
                            m.issuedMs = d.issuedMs;
                        else if (typeof d.issuedMs === "object")
                            m.issuedMs = new $util.LongBits(d.issuedMs.low >>> 0, d.issuedMs.high >>> 0).toNumber();
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a Command message. Also converts values to other types if specified.
             * @function toObject
             * @memberof wx.v1.Command
             * @static
             * @param {wx.v1.Command} m Command
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Command.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.commandId = "";
                    d.kind = "";
                    if (o.bytes === $String)
                        d.payload = "";
                    else {
                        d.payload = [];
                        if (o.bytes !== $Array)
                            d.payload = $util.newBuffer(d.payload);
                    }
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.issuedMs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.issuedMs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (m.commandId != null && $Object.hasOwnProperty.call(m, "commandId")) {
                    d.commandId = m.commandId;
                }
                if (m.kind != null && $Object.hasOwnProperty.call(m, "kind")) {
                    d.kind = m.kind;
                }
                if (m.payload != null && $Object.hasOwnProperty.call(m, "payload")) {
                    d.payload = o.bytes === $String ? $util.base64.encode(m.payload, 0, m.payload.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.payload) : m.payload;
                }
                if (m.issuedMs != null && $Object.hasOwnProperty.call(m, "issuedMs")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.issuedMs = typeof m.issuedMs === "number" ? $BigInt(m.issuedMs) : $util.Long.fromBits(m.issuedMs.low >>> 0, m.issuedMs.high >>> 0, false).toBigInt();
                    else if (typeof m.issuedMs === "number")
                        d.issuedMs = o.longs === $String ? $String(m.issuedMs) : m.issuedMs;
                    else
                        d.issuedMs = o.longs === $String ? $util.Long.prototype.toString.call(m.issuedMs) : o.longs === $Number ? new $util.LongBits(m.issuedMs.low >>> 0, m.issuedMs.high >>> 0).toNumber() : m.issuedMs;
                }
                return d;
            };

            /**
             * Converts this Command to JSON.
             * @function toJSON
             * @memberof wx.v1.Command
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Command.prototype.toJSON = function() {
                return Command.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Command
             * @function getTypeUrl
             * @memberof wx.v1.Command
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Command.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/wx.v1.Command";
            };

            return Command;
        })();

        v1.CommandResult = (function() {

            /**
             * Properties of a CommandResult.
             * @typedef {Object} wx.v1.CommandResult.$Properties
             * @property {string|null} [commandId] CommandResult commandId
             * @property {boolean|null} [ok] CommandResult ok
             * @property {string|null} [message] CommandResult message
             * @property {number|null} [timeMs] CommandResult timeMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a CommandResult.
             * @memberof wx.v1
             * @interface ICommandResult
             * @augments wx.v1.CommandResult.$Properties
             * @deprecated Use wx.v1.CommandResult.$Properties instead.
             */

            /**
             * Shape of a CommandResult.
             * @typedef {wx.v1.CommandResult.$Properties} wx.v1.CommandResult.$Shape
             */

            /**
             * Constructs a new CommandResult.
             * @memberof wx.v1
             * @classdesc Represents a CommandResult.
             * @constructor
             * @param {wx.v1.CommandResult.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const CommandResult = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * CommandResult commandId.
             * @member {string} commandId
             * @memberof wx.v1.CommandResult
             * @instance
             */
            CommandResult.prototype.commandId = "";

            /**
             * CommandResult ok.
             * @member {boolean} ok
             * @memberof wx.v1.CommandResult
             * @instance
             */
            CommandResult.prototype.ok = false;

            /**
             * CommandResult message.
             * @member {string} message
             * @memberof wx.v1.CommandResult
             * @instance
             */
            CommandResult.prototype.message = "";

            /**
             * CommandResult timeMs.
             * @member {number} timeMs
             * @memberof wx.v1.CommandResult
             * @instance
             */
            CommandResult.prototype.timeMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new CommandResult instance using the specified properties.
             * @function create
             * @memberof wx.v1.CommandResult
             * @static
             * @param {wx.v1.CommandResult.$Properties=} [properties] Properties to set
             * @returns {wx.v1.CommandResult} CommandResult instance
             * @type {{
             *   (properties: wx.v1.CommandResult.$Shape): wx.v1.CommandResult & wx.v1.CommandResult.$Shape;
             *   (properties?: wx.v1.CommandResult.$Properties): wx.v1.CommandResult;
             * }}
             */
            CommandResult.create = function(properties) {
                return new CommandResult(properties);
            };

            /**
             * Encodes the specified CommandResult message. Does not implicitly {@link wx.v1.CommandResult.verify|verify} messages.
             * @function encode
             * @memberof wx.v1.CommandResult
             * @static
             * @param {wx.v1.CommandResult.$Properties} m CommandResult message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CommandResult.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.commandId != null && $Object.hasOwnProperty.call(m, "commandId") && m.commandId !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.commandId);
                if (m.ok != null && $Object.hasOwnProperty.call(m, "ok") && m.ok !== false)
                    w.uint32(/* id 2, wireType 0 =*/16).bool(m.ok);
                if (m.message != null && $Object.hasOwnProperty.call(m, "message") && m.message !== "")
                    w.uint32(/* id 3, wireType 2 =*/26).string(m.message);
                if (m.timeMs != null && $Object.hasOwnProperty.call(m, "timeMs") && (typeof m.timeMs === "object" ? m.timeMs.low || m.timeMs.high : m.timeMs !== 0))
                    w.uint32(/* id 4, wireType 0 =*/32).int64(m.timeMs);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified CommandResult message, length delimited. Does not implicitly {@link wx.v1.CommandResult.verify|verify} messages.
             * @function encodeDelimited
             * @memberof wx.v1.CommandResult
             * @static
             * @param {wx.v1.CommandResult.$Properties} message CommandResult message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CommandResult.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a CommandResult message from the specified reader or buffer.
             * @function decode
             * @memberof wx.v1.CommandResult
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {wx.v1.CommandResult & wx.v1.CommandResult.$Shape} CommandResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CommandResult.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.wx.v1.CommandResult();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.commandId = v;
                            else
                                delete m.commandId;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.ok = v;
                            else
                                delete m.ok;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.message = v;
                            else
                                delete m.message;
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.timeMs = v;
                            else
                                delete m.timeMs;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes a CommandResult message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof wx.v1.CommandResult
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {wx.v1.CommandResult & wx.v1.CommandResult.$Shape} CommandResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CommandResult.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a CommandResult message.
             * @function verify
             * @memberof wx.v1.CommandResult
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            CommandResult.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.commandId != null && $Object.hasOwnProperty.call(m, "commandId")) {
                    if (!$util.isString(m.commandId))
                        return "commandId: string expected";
                }
                if (m.ok != null && $Object.hasOwnProperty.call(m, "ok")) {
                    if (typeof m.ok !== "boolean")
                        return "ok: boolean expected";
                }
                if (m.message != null && $Object.hasOwnProperty.call(m, "message")) {
                    if (!$util.isString(m.message))
                        return "message: string expected";
                }
                if (m.timeMs != null && $Object.hasOwnProperty.call(m, "timeMs")) {
                    if (!$util.isInteger(m.timeMs) && !(m.timeMs && $util.isInteger(m.timeMs.low) && $util.isInteger(m.timeMs.high)))
                        return "timeMs: integer|Long expected";
                }
                return null;
            };

            /**
             * Creates a CommandResult message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof wx.v1.CommandResult
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {wx.v1.CommandResult} CommandResult
             */
            CommandResult.fromObject = function (d, q) {
                if (d instanceof $root.wx.v1.CommandResult)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".wx.v1.CommandResult: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.wx.v1.CommandResult();
                if (d.commandId != null) {
                    if (typeof d.commandId !== "string" || d.commandId.length) {
                        m.commandId = $String(d.commandId);
                    }
                }
                if (d.ok != null) {
                    if (d.ok) {
                        m.ok = $Boolean(d.ok);
                    }
                }
                if (d.message != null) {
                    if (typeof d.message !== "string" || d.message.length) {
                        m.message = $String(d.message);
                    }
                }
                if (d.timeMs != null) {
                    if (typeof d.timeMs === "object" ? d.timeMs.low || d.timeMs.high : $Number(d.timeMs) !== 0) {
                        if ($util.Long)
                            m.timeMs = $util.Long.fromValue(d.timeMs, false);
                        else if (typeof d.timeMs === "string")
                            m.timeMs = $parseInt(d.timeMs, 10);
                        else if (typeof d.timeMs === "number")
                            m.timeMs = d.timeMs;
                        else if (typeof d.timeMs === "object")
                            m.timeMs = new $util.LongBits(d.timeMs.low >>> 0, d.timeMs.high >>> 0).toNumber();
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a CommandResult message. Also converts values to other types if specified.
             * @function toObject
             * @memberof wx.v1.CommandResult
             * @static
             * @param {wx.v1.CommandResult} m CommandResult
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            CommandResult.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.commandId = "";
                    d.ok = false;
                    d.message = "";
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.timeMs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.timeMs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (m.commandId != null && $Object.hasOwnProperty.call(m, "commandId")) {
                    d.commandId = m.commandId;
                }
                if (m.ok != null && $Object.hasOwnProperty.call(m, "ok")) {
                    d.ok = m.ok;
                }
                if (m.message != null && $Object.hasOwnProperty.call(m, "message")) {
                    d.message = m.message;
                }
                if (m.timeMs != null && $Object.hasOwnProperty.call(m, "timeMs")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.timeMs = typeof m.timeMs === "number" ? $BigInt(m.timeMs) : $util.Long.fromBits(m.timeMs.low >>> 0, m.timeMs.high >>> 0, false).toBigInt();
                    else if (typeof m.timeMs === "number")
                        d.timeMs = o.longs === $String ? $String(m.timeMs) : m.timeMs;
                    else
                        d.timeMs = o.longs === $String ? $util.Long.prototype.toString.call(m.timeMs) : o.longs === $Number ? new $util.LongBits(m.timeMs.low >>> 0, m.timeMs.high >>> 0).toNumber() : m.timeMs;
                }
                return d;
            };

            /**
             * Converts this CommandResult to JSON.
             * @function toJSON
             * @memberof wx.v1.CommandResult
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            CommandResult.prototype.toJSON = function() {
                return CommandResult.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for CommandResult
             * @function getTypeUrl
             * @memberof wx.v1.CommandResult
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            CommandResult.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/wx.v1.CommandResult";
            };

            return CommandResult;
        })();

        v1.GatewayIngest = (function() {

            /**
             * Constructs a new GatewayIngest service.
             * @memberof wx.v1
             * @classdesc Represents a GatewayIngest
             * @extends $protobuf.rpc.Service
             * @constructor
             * @param {$protobuf.RPCImpl} rpcImpl RPC implementation
             * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
             * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
             */
            const GatewayIngest = function(rpcImpl, requestDelimited, responseDelimited) {
                $protobuf.rpc.Service.call(this, rpcImpl, requestDelimited, responseDelimited);
            };

            $Object.defineProperty(GatewayIngest.prototype = $Object.create($protobuf.rpc.Service.prototype), "constructor", { value: GatewayIngest, writable: true, enumerable: false, configurable: true });

            /**
             * Creates new GatewayIngest service using the specified rpc implementation.
             * @function create
             * @memberof wx.v1.GatewayIngest
             * @static
             * @param {$protobuf.RPCImpl} rpcImpl RPC implementation
             * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
             * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
             * @returns {GatewayIngest} RPC service. Useful where requests and/or responses are streamed.
             */
            GatewayIngest.create = function(rpcImpl, requestDelimited, responseDelimited) {
                return new this(rpcImpl, requestDelimited, responseDelimited);
            };

            /**
             * Callback as used by {@link wx.v1.GatewayIngest#forward}.
             * @memberof wx.v1.GatewayIngest
             * @typedef ForwardCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {wx.v1.ForwardAck} [response] ForwardAck
             */

            /**
             * Calls Forward.
             * @memberof wx.v1.GatewayIngest
             * @typedef Forward
             * @type {{
             *   (request: wx.v1.IForwardBatch, callback: wx.v1.GatewayIngest.ForwardCallback): void;
             *   (request: wx.v1.IForwardBatch): Promise<wx.v1.ForwardAck>;
             *   readonly name: "Forward";
             *   readonly path: "/wx.v1.GatewayIngest/Forward";
             *   readonly requestType: "ForwardBatch";
             *   readonly responseType: "ForwardAck";
             *   readonly requestStream: true;
             *   readonly responseStream: true;
             * }}
             */

            /**
             * Calls Forward.
             * @name wx.v1.GatewayIngest#forward
             * @type {wx.v1.GatewayIngest.Forward}
             */
            $Object.defineProperties(GatewayIngest.prototype.forward = function(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, GatewayIngest.prototype.forward, $root.wx.v1.ForwardBatch, $root.wx.v1.ForwardAck, request, callback);
            }, {
                name: { value: "Forward" },
                path: { value: "/wx.v1.GatewayIngest/Forward" },
                requestType: { value: "ForwardBatch" },
                responseType: { value: "ForwardAck" },
                requestStream: { value: true },
                responseStream: { value: true }
            });

            return GatewayIngest;
        })();

        v1.ForwardBatch = (function() {

            /**
             * Properties of a ForwardBatch.
             * @typedef {Object} wx.v1.ForwardBatch.$Properties
             * @property {number|null} [batchId] ForwardBatch batchId
             * @property {string|null} [gatewayId] ForwardBatch gatewayId
             * @property {Array.<wx.v1.Reading.$Properties>|null} [readings] ForwardBatch readings
             * @property {Array.<wx.v1.DeviceStatus.$Properties>|null} [statuses] ForwardBatch statuses
             * @property {Array.<wx.v1.Nowcast.$Properties>|null} [nowcasts] ForwardBatch nowcasts
             * @property {Array.<wx.v1.SpatialQc.$Properties>|null} [spatialQc] ForwardBatch spatialQc
             * @property {Array.<wx.v1.FusedEstimate.$Properties>|null} [fused] ForwardBatch fused
             * @property {Array.<wx.v1.ModelUpdateReport.$Properties>|null} [modelReports] ForwardBatch modelReports
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ForwardBatch.
             * @memberof wx.v1
             * @interface IForwardBatch
             * @augments wx.v1.ForwardBatch.$Properties
             * @deprecated Use wx.v1.ForwardBatch.$Properties instead.
             */

            /**
             * Shape of a ForwardBatch.
             * @typedef {wx.v1.ForwardBatch.$Properties} wx.v1.ForwardBatch.$Shape
             */

            /**
             * Constructs a new ForwardBatch.
             * @memberof wx.v1
             * @classdesc Represents a ForwardBatch.
             * @constructor
             * @param {wx.v1.ForwardBatch.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ForwardBatch = function (p) {
                this.readings = [];
                this.statuses = [];
                this.nowcasts = [];
                this.spatialQc = [];
                this.fused = [];
                this.modelReports = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * ForwardBatch batchId.
             * @member {number} batchId
             * @memberof wx.v1.ForwardBatch
             * @instance
             */
            ForwardBatch.prototype.batchId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * ForwardBatch gatewayId.
             * @member {string} gatewayId
             * @memberof wx.v1.ForwardBatch
             * @instance
             */
            ForwardBatch.prototype.gatewayId = "";

            /**
             * ForwardBatch readings.
             * @member {Array.<wx.v1.Reading.$Properties>} readings
             * @memberof wx.v1.ForwardBatch
             * @instance
             */
            ForwardBatch.prototype.readings = $util.emptyArray;

            /**
             * ForwardBatch statuses.
             * @member {Array.<wx.v1.DeviceStatus.$Properties>} statuses
             * @memberof wx.v1.ForwardBatch
             * @instance
             */
            ForwardBatch.prototype.statuses = $util.emptyArray;

            /**
             * ForwardBatch nowcasts.
             * @member {Array.<wx.v1.Nowcast.$Properties>} nowcasts
             * @memberof wx.v1.ForwardBatch
             * @instance
             */
            ForwardBatch.prototype.nowcasts = $util.emptyArray;

            /**
             * ForwardBatch spatialQc.
             * @member {Array.<wx.v1.SpatialQc.$Properties>} spatialQc
             * @memberof wx.v1.ForwardBatch
             * @instance
             */
            ForwardBatch.prototype.spatialQc = $util.emptyArray;

            /**
             * ForwardBatch fused.
             * @member {Array.<wx.v1.FusedEstimate.$Properties>} fused
             * @memberof wx.v1.ForwardBatch
             * @instance
             */
            ForwardBatch.prototype.fused = $util.emptyArray;

            /**
             * ForwardBatch modelReports.
             * @member {Array.<wx.v1.ModelUpdateReport.$Properties>} modelReports
             * @memberof wx.v1.ForwardBatch
             * @instance
             */
            ForwardBatch.prototype.modelReports = $util.emptyArray;

            /**
             * Creates a new ForwardBatch instance using the specified properties.
             * @function create
             * @memberof wx.v1.ForwardBatch
             * @static
             * @param {wx.v1.ForwardBatch.$Properties=} [properties] Properties to set
             * @returns {wx.v1.ForwardBatch} ForwardBatch instance
             * @type {{
             *   (properties: wx.v1.ForwardBatch.$Shape): wx.v1.ForwardBatch & wx.v1.ForwardBatch.$Shape;
             *   (properties?: wx.v1.ForwardBatch.$Properties): wx.v1.ForwardBatch;
             * }}
             */
            ForwardBatch.create = function(properties) {
                return new ForwardBatch(properties);
            };

            /**
             * Encodes the specified ForwardBatch message. Does not implicitly {@link wx.v1.ForwardBatch.verify|verify} messages.
             * @function encode
             * @memberof wx.v1.ForwardBatch
             * @static
             * @param {wx.v1.ForwardBatch.$Properties} m ForwardBatch message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ForwardBatch.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.batchId != null && $Object.hasOwnProperty.call(m, "batchId") && (typeof m.batchId === "object" ? m.batchId.low || m.batchId.high : m.batchId !== 0))
                    w.uint32(/* id 1, wireType 0 =*/8).uint64(m.batchId);
                if (m.gatewayId != null && $Object.hasOwnProperty.call(m, "gatewayId") && m.gatewayId !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.gatewayId);
                if (m.readings != null && m.readings.length) {
                    for (var i = 0; i < m.readings.length; ++i)
                        $root.wx.v1.Reading.encode(m.readings[i], w.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                }
                if (m.statuses != null && m.statuses.length) {
                    for (var i = 0; i < m.statuses.length; ++i)
                        $root.wx.v1.DeviceStatus.encode(m.statuses[i], w.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
                }
                if (m.nowcasts != null && m.nowcasts.length) {
                    for (var i = 0; i < m.nowcasts.length; ++i)
                        $root.wx.v1.Nowcast.encode(m.nowcasts[i], w.uint32(/* id 5, wireType 2 =*/42).fork(), q + 1).ldelim();
                }
                if (m.spatialQc != null && m.spatialQc.length) {
                    for (var i = 0; i < m.spatialQc.length; ++i)
                        $root.wx.v1.SpatialQc.encode(m.spatialQc[i], w.uint32(/* id 6, wireType 2 =*/50).fork(), q + 1).ldelim();
                }
                if (m.fused != null && m.fused.length) {
                    for (var i = 0; i < m.fused.length; ++i)
                        $root.wx.v1.FusedEstimate.encode(m.fused[i], w.uint32(/* id 7, wireType 2 =*/58).fork(), q + 1).ldelim();
                }
                if (m.modelReports != null && m.modelReports.length) {
                    for (var i = 0; i < m.modelReports.length; ++i)
                        $root.wx.v1.ModelUpdateReport.encode(m.modelReports[i], w.uint32(/* id 8, wireType 2 =*/66).fork(), q + 1).ldelim();
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified ForwardBatch message, length delimited. Does not implicitly {@link wx.v1.ForwardBatch.verify|verify} messages.
             * @function encodeDelimited
             * @memberof wx.v1.ForwardBatch
             * @static
             * @param {wx.v1.ForwardBatch.$Properties} message ForwardBatch message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ForwardBatch.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a ForwardBatch message from the specified reader or buffer.
             * @function decode
             * @memberof wx.v1.ForwardBatch
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {wx.v1.ForwardBatch & wx.v1.ForwardBatch.$Shape} ForwardBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ForwardBatch.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.wx.v1.ForwardBatch();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.batchId = v;
                            else
                                delete m.batchId;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.gatewayId = v;
                            else
                                delete m.gatewayId;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if (!(m.readings && m.readings.length))
                                m.readings = [];
                            m.readings.push($root.wx.v1.Reading.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if (!(m.statuses && m.statuses.length))
                                m.statuses = [];
                            m.statuses.push($root.wx.v1.DeviceStatus.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    case 5: {
                            if (u !== 2)
                                break;
                            if (!(m.nowcasts && m.nowcasts.length))
                                m.nowcasts = [];
                            m.nowcasts.push($root.wx.v1.Nowcast.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    case 6: {
                            if (u !== 2)
                                break;
                            if (!(m.spatialQc && m.spatialQc.length))
                                m.spatialQc = [];
                            m.spatialQc.push($root.wx.v1.SpatialQc.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    case 7: {
                            if (u !== 2)
                                break;
                            if (!(m.fused && m.fused.length))
                                m.fused = [];
                            m.fused.push($root.wx.v1.FusedEstimate.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    case 8: {
                            if (u !== 2)
                                break;
                            if (!(m.modelReports && m.modelReports.length))
                                m.modelReports = [];
                            m.modelReports.push($root.wx.v1.ModelUpdateReport.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes a ForwardBatch message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof wx.v1.ForwardBatch
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {wx.v1.ForwardBatch & wx.v1.ForwardBatch.$Shape} ForwardBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ForwardBatch.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a ForwardBatch message.
             * @function verify
             * @memberof wx.v1.ForwardBatch
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ForwardBatch.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.batchId != null && $Object.hasOwnProperty.call(m, "batchId")) {
                    if (!$util.isInteger(m.batchId) && !(m.batchId && $util.isInteger(m.batchId.low) && $util.isInteger(m.batchId.high)))
                        return "batchId: integer|Long expected";
                }
                if (m.gatewayId != null && $Object.hasOwnProperty.call(m, "gatewayId")) {
                    if (!$util.isString(m.gatewayId))
                        return "gatewayId: string expected";
                }
                if (m.readings != null && $Object.hasOwnProperty.call(m, "readings")) {
                    if (!$Array.isArray(m.readings))
                        return "readings: array expected";
                    for (var i = 0; i < m.readings.length; ++i) {
                        {
                            var e = $root.wx.v1.Reading.verify(m.readings[i], q + 1);
                            if (e)
                                return "readings." + e;
                        }
                    }
                }
                if (m.statuses != null && $Object.hasOwnProperty.call(m, "statuses")) {
                    if (!$Array.isArray(m.statuses))
                        return "statuses: array expected";
                    for (var i = 0; i < m.statuses.length; ++i) {
                        {
                            var e = $root.wx.v1.DeviceStatus.verify(m.statuses[i], q + 1);
                            if (e)
                                return "statuses." + e;
                        }
                    }
                }
                if (m.nowcasts != null && $Object.hasOwnProperty.call(m, "nowcasts")) {
                    if (!$Array.isArray(m.nowcasts))
                        return "nowcasts: array expected";
                    for (var i = 0; i < m.nowcasts.length; ++i) {
                        {
                            var e = $root.wx.v1.Nowcast.verify(m.nowcasts[i], q + 1);
                            if (e)
                                return "nowcasts." + e;
                        }
                    }
                }
                if (m.spatialQc != null && $Object.hasOwnProperty.call(m, "spatialQc")) {
                    if (!$Array.isArray(m.spatialQc))
                        return "spatialQc: array expected";
                    for (var i = 0; i < m.spatialQc.length; ++i) {
                        {
                            var e = $root.wx.v1.SpatialQc.verify(m.spatialQc[i], q + 1);
                            if (e)
                                return "spatialQc." + e;
                        }
                    }
                }
                if (m.fused != null && $Object.hasOwnProperty.call(m, "fused")) {
                    if (!$Array.isArray(m.fused))
                        return "fused: array expected";
                    for (var i = 0; i < m.fused.length; ++i) {
                        {
                            var e = $root.wx.v1.FusedEstimate.verify(m.fused[i], q + 1);
                            if (e)
                                return "fused." + e;
                        }
                    }
                }
                if (m.modelReports != null && $Object.hasOwnProperty.call(m, "modelReports")) {
                    if (!$Array.isArray(m.modelReports))
                        return "modelReports: array expected";
                    for (var i = 0; i < m.modelReports.length; ++i) {
                        {
                            var e = $root.wx.v1.ModelUpdateReport.verify(m.modelReports[i], q + 1);
                            if (e)
                                return "modelReports." + e;
                        }
                    }
                }
                return null;
            };

            /**
             * Creates a ForwardBatch message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof wx.v1.ForwardBatch
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {wx.v1.ForwardBatch} ForwardBatch
             */
            ForwardBatch.fromObject = function (d, q) {
                if (d instanceof $root.wx.v1.ForwardBatch)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".wx.v1.ForwardBatch: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.wx.v1.ForwardBatch();
                if (d.batchId != null) {
                    if (typeof d.batchId === "object" ? d.batchId.low || d.batchId.high : $Number(d.batchId) !== 0) {
                        if ($util.Long)
                            m.batchId = $util.Long.fromValue(d.batchId, true);
                        else if (typeof d.batchId === "string")
                            m.batchId = $parseInt(d.batchId, 10);
                        else if (typeof d.batchId === "number")
                            m.batchId = d.batchId;
                        else if (typeof d.batchId === "object")
                            m.batchId = new $util.LongBits(d.batchId.low >>> 0, d.batchId.high >>> 0).toNumber(true);
                    }
                }
                if (d.gatewayId != null) {
                    if (typeof d.gatewayId !== "string" || d.gatewayId.length) {
                        m.gatewayId = $String(d.gatewayId);
                    }
                }
                if (d.readings) {
                    if (!$Array.isArray(d.readings))
                        throw $TypeError(".wx.v1.ForwardBatch.readings: array expected");
                    m.readings = $Array(d.readings.length);
                    for (var i = 0; i < d.readings.length; ++i) {
                        if (!$util.isObject(d.readings[i]))
                            throw $TypeError(".wx.v1.ForwardBatch.readings: object expected");
                        m.readings[i] = $root.wx.v1.Reading.fromObject(d.readings[i], q + 1);
                    }
                }
                if (d.statuses) {
                    if (!$Array.isArray(d.statuses))
                        throw $TypeError(".wx.v1.ForwardBatch.statuses: array expected");
                    m.statuses = $Array(d.statuses.length);
                    for (var i = 0; i < d.statuses.length; ++i) {
                        if (!$util.isObject(d.statuses[i]))
                            throw $TypeError(".wx.v1.ForwardBatch.statuses: object expected");
                        m.statuses[i] = $root.wx.v1.DeviceStatus.fromObject(d.statuses[i], q + 1);
                    }
                }
                if (d.nowcasts) {
                    if (!$Array.isArray(d.nowcasts))
                        throw $TypeError(".wx.v1.ForwardBatch.nowcasts: array expected");
                    m.nowcasts = $Array(d.nowcasts.length);
                    for (var i = 0; i < d.nowcasts.length; ++i) {
                        if (!$util.isObject(d.nowcasts[i]))
                            throw $TypeError(".wx.v1.ForwardBatch.nowcasts: object expected");
                        m.nowcasts[i] = $root.wx.v1.Nowcast.fromObject(d.nowcasts[i], q + 1);
                    }
                }
                if (d.spatialQc) {
                    if (!$Array.isArray(d.spatialQc))
                        throw $TypeError(".wx.v1.ForwardBatch.spatialQc: array expected");
                    m.spatialQc = $Array(d.spatialQc.length);
                    for (var i = 0; i < d.spatialQc.length; ++i) {
                        if (!$util.isObject(d.spatialQc[i]))
                            throw $TypeError(".wx.v1.ForwardBatch.spatialQc: object expected");
                        m.spatialQc[i] = $root.wx.v1.SpatialQc.fromObject(d.spatialQc[i], q + 1);
                    }
                }
                if (d.fused) {
                    if (!$Array.isArray(d.fused))
                        throw $TypeError(".wx.v1.ForwardBatch.fused: array expected");
                    m.fused = $Array(d.fused.length);
                    for (var i = 0; i < d.fused.length; ++i) {
                        if (!$util.isObject(d.fused[i]))
                            throw $TypeError(".wx.v1.ForwardBatch.fused: object expected");
                        m.fused[i] = $root.wx.v1.FusedEstimate.fromObject(d.fused[i], q + 1);
                    }
                }
                if (d.modelReports) {
                    if (!$Array.isArray(d.modelReports))
                        throw $TypeError(".wx.v1.ForwardBatch.modelReports: array expected");
                    m.modelReports = $Array(d.modelReports.length);
                    for (var i = 0; i < d.modelReports.length; ++i) {
                        if (!$util.isObject(d.modelReports[i]))
                            throw $TypeError(".wx.v1.ForwardBatch.modelReports: object expected");
                        m.modelReports[i] = $root.wx.v1.ModelUpdateReport.fromObject(d.modelReports[i], q + 1);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a ForwardBatch message. Also converts values to other types if specified.
             * @function toObject
             * @memberof wx.v1.ForwardBatch
             * @static
             * @param {wx.v1.ForwardBatch} m ForwardBatch
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ForwardBatch.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.readings = [];
                    d.statuses = [];
                    d.nowcasts = [];
                    d.spatialQc = [];
                    d.fused = [];
                    d.modelReports = [];
                }
                if (o.defaults) {
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.batchId = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.batchId = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.gatewayId = "";
                }
                if (m.batchId != null && $Object.hasOwnProperty.call(m, "batchId")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.batchId = typeof m.batchId === "number" ? $BigInt(m.batchId) : $util.Long.fromBits(m.batchId.low >>> 0, m.batchId.high >>> 0, true).toBigInt();
                    else if (typeof m.batchId === "number")
                        d.batchId = o.longs === $String ? $String(m.batchId) : m.batchId;
                    else
                        d.batchId = o.longs === $String ? $util.Long.prototype.toString.call(m.batchId) : o.longs === $Number ? new $util.LongBits(m.batchId.low >>> 0, m.batchId.high >>> 0).toNumber(true) : m.batchId;
                }
                if (m.gatewayId != null && $Object.hasOwnProperty.call(m, "gatewayId")) {
                    d.gatewayId = m.gatewayId;
                }
                if (m.readings && m.readings.length) {
                    d.readings = $Array(m.readings.length);
                    for (var j = 0; j < m.readings.length; ++j) {
                        d.readings[j] = $root.wx.v1.Reading.toObject(m.readings[j], o, q + 1);
                    }
                }
                if (m.statuses && m.statuses.length) {
                    d.statuses = $Array(m.statuses.length);
                    for (var j = 0; j < m.statuses.length; ++j) {
                        d.statuses[j] = $root.wx.v1.DeviceStatus.toObject(m.statuses[j], o, q + 1);
                    }
                }
                if (m.nowcasts && m.nowcasts.length) {
                    d.nowcasts = $Array(m.nowcasts.length);
                    for (var j = 0; j < m.nowcasts.length; ++j) {
                        d.nowcasts[j] = $root.wx.v1.Nowcast.toObject(m.nowcasts[j], o, q + 1);
                    }
                }
                if (m.spatialQc && m.spatialQc.length) {
                    d.spatialQc = $Array(m.spatialQc.length);
                    for (var j = 0; j < m.spatialQc.length; ++j) {
                        d.spatialQc[j] = $root.wx.v1.SpatialQc.toObject(m.spatialQc[j], o, q + 1);
                    }
                }
                if (m.fused && m.fused.length) {
                    d.fused = $Array(m.fused.length);
                    for (var j = 0; j < m.fused.length; ++j) {
                        d.fused[j] = $root.wx.v1.FusedEstimate.toObject(m.fused[j], o, q + 1);
                    }
                }
                if (m.modelReports && m.modelReports.length) {
                    d.modelReports = $Array(m.modelReports.length);
                    for (var j = 0; j < m.modelReports.length; ++j) {
                        d.modelReports[j] = $root.wx.v1.ModelUpdateReport.toObject(m.modelReports[j], o, q + 1);
                    }
                }
                return d;
            };

            /**
             * Converts this ForwardBatch to JSON.
             * @function toJSON
             * @memberof wx.v1.ForwardBatch
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ForwardBatch.prototype.toJSON = function() {
                return ForwardBatch.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ForwardBatch
             * @function getTypeUrl
             * @memberof wx.v1.ForwardBatch
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ForwardBatch.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/wx.v1.ForwardBatch";
            };

            return ForwardBatch;
        })();

        v1.Rejection = (function() {

            /**
             * Properties of a Rejection.
             * @typedef {Object} wx.v1.Rejection.$Properties
             * @property {string|null} [deviceId] Rejection deviceId
             * @property {number|null} [seq] Rejection seq
             * @property {string|null} [reason] Rejection reason
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Rejection.
             * @memberof wx.v1
             * @interface IRejection
             * @augments wx.v1.Rejection.$Properties
             * @deprecated Use wx.v1.Rejection.$Properties instead.
             */

            /**
             * Shape of a Rejection.
             * @typedef {wx.v1.Rejection.$Properties} wx.v1.Rejection.$Shape
             */

            /**
             * Constructs a new Rejection.
             * @memberof wx.v1
             * @classdesc Represents a Rejection.
             * @constructor
             * @param {wx.v1.Rejection.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Rejection = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Rejection deviceId.
             * @member {string} deviceId
             * @memberof wx.v1.Rejection
             * @instance
             */
            Rejection.prototype.deviceId = "";

            /**
             * Rejection seq.
             * @member {number} seq
             * @memberof wx.v1.Rejection
             * @instance
             */
            Rejection.prototype.seq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Rejection reason.
             * @member {string} reason
             * @memberof wx.v1.Rejection
             * @instance
             */
            Rejection.prototype.reason = "";

            /**
             * Creates a new Rejection instance using the specified properties.
             * @function create
             * @memberof wx.v1.Rejection
             * @static
             * @param {wx.v1.Rejection.$Properties=} [properties] Properties to set
             * @returns {wx.v1.Rejection} Rejection instance
             * @type {{
             *   (properties: wx.v1.Rejection.$Shape): wx.v1.Rejection & wx.v1.Rejection.$Shape;
             *   (properties?: wx.v1.Rejection.$Properties): wx.v1.Rejection;
             * }}
             */
            Rejection.create = function(properties) {
                return new Rejection(properties);
            };

            /**
             * Encodes the specified Rejection message. Does not implicitly {@link wx.v1.Rejection.verify|verify} messages.
             * @function encode
             * @memberof wx.v1.Rejection
             * @static
             * @param {wx.v1.Rejection.$Properties} m Rejection message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Rejection.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.deviceId != null && $Object.hasOwnProperty.call(m, "deviceId") && m.deviceId !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.deviceId);
                if (m.seq != null && $Object.hasOwnProperty.call(m, "seq") && (typeof m.seq === "object" ? m.seq.low || m.seq.high : m.seq !== 0))
                    w.uint32(/* id 2, wireType 0 =*/16).uint64(m.seq);
                if (m.reason != null && $Object.hasOwnProperty.call(m, "reason") && m.reason !== "")
                    w.uint32(/* id 3, wireType 2 =*/26).string(m.reason);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified Rejection message, length delimited. Does not implicitly {@link wx.v1.Rejection.verify|verify} messages.
             * @function encodeDelimited
             * @memberof wx.v1.Rejection
             * @static
             * @param {wx.v1.Rejection.$Properties} message Rejection message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Rejection.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Rejection message from the specified reader or buffer.
             * @function decode
             * @memberof wx.v1.Rejection
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {wx.v1.Rejection & wx.v1.Rejection.$Shape} Rejection
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Rejection.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.wx.v1.Rejection();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.deviceId = v;
                            else
                                delete m.deviceId;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.seq = v;
                            else
                                delete m.seq;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.reason = v;
                            else
                                delete m.reason;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes a Rejection message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof wx.v1.Rejection
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {wx.v1.Rejection & wx.v1.Rejection.$Shape} Rejection
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Rejection.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Rejection message.
             * @function verify
             * @memberof wx.v1.Rejection
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Rejection.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.deviceId != null && $Object.hasOwnProperty.call(m, "deviceId")) {
                    if (!$util.isString(m.deviceId))
                        return "deviceId: string expected";
                }
                if (m.seq != null && $Object.hasOwnProperty.call(m, "seq")) {
                    if (!$util.isInteger(m.seq) && !(m.seq && $util.isInteger(m.seq.low) && $util.isInteger(m.seq.high)))
                        return "seq: integer|Long expected";
                }
                if (m.reason != null && $Object.hasOwnProperty.call(m, "reason")) {
                    if (!$util.isString(m.reason))
                        return "reason: string expected";
                }
                return null;
            };

            /**
             * Creates a Rejection message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof wx.v1.Rejection
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {wx.v1.Rejection} Rejection
             */
            Rejection.fromObject = function (d, q) {
                if (d instanceof $root.wx.v1.Rejection)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".wx.v1.Rejection: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.wx.v1.Rejection();
                if (d.deviceId != null) {
                    if (typeof d.deviceId !== "string" || d.deviceId.length) {
                        m.deviceId = $String(d.deviceId);
                    }
                }
                if (d.seq != null) {
                    if (typeof d.seq === "object" ? d.seq.low || d.seq.high : $Number(d.seq) !== 0) {
                        if ($util.Long)
                            m.seq = $util.Long.fromValue(d.seq, true);
                        else if (typeof d.seq === "string")
                            m.seq = $parseInt(d.seq, 10);
                        else if (typeof d.seq === "number")
                            m.seq = d.seq;
                        else if (typeof d.seq === "object")
                            m.seq = new $util.LongBits(d.seq.low >>> 0, d.seq.high >>> 0).toNumber(true);
                    }
                }
                if (d.reason != null) {
                    if (typeof d.reason !== "string" || d.reason.length) {
                        m.reason = $String(d.reason);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a Rejection message. Also converts values to other types if specified.
             * @function toObject
             * @memberof wx.v1.Rejection
             * @static
             * @param {wx.v1.Rejection} m Rejection
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Rejection.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.deviceId = "";
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.seq = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.seq = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.reason = "";
                }
                if (m.deviceId != null && $Object.hasOwnProperty.call(m, "deviceId")) {
                    d.deviceId = m.deviceId;
                }
                if (m.seq != null && $Object.hasOwnProperty.call(m, "seq")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.seq = typeof m.seq === "number" ? $BigInt(m.seq) : $util.Long.fromBits(m.seq.low >>> 0, m.seq.high >>> 0, true).toBigInt();
                    else if (typeof m.seq === "number")
                        d.seq = o.longs === $String ? $String(m.seq) : m.seq;
                    else
                        d.seq = o.longs === $String ? $util.Long.prototype.toString.call(m.seq) : o.longs === $Number ? new $util.LongBits(m.seq.low >>> 0, m.seq.high >>> 0).toNumber(true) : m.seq;
                }
                if (m.reason != null && $Object.hasOwnProperty.call(m, "reason")) {
                    d.reason = m.reason;
                }
                return d;
            };

            /**
             * Converts this Rejection to JSON.
             * @function toJSON
             * @memberof wx.v1.Rejection
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Rejection.prototype.toJSON = function() {
                return Rejection.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Rejection
             * @function getTypeUrl
             * @memberof wx.v1.Rejection
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Rejection.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/wx.v1.Rejection";
            };

            return Rejection;
        })();

        v1.ForwardAck = (function() {

            /**
             * Properties of a ForwardAck.
             * @typedef {Object} wx.v1.ForwardAck.$Properties
             * @property {number|null} [batchId] ForwardAck batchId
             * @property {number|null} [stored] ForwardAck stored
             * @property {number|null} [duplicates] ForwardAck duplicates
             * @property {number|null} [rejected] ForwardAck rejected
             * @property {Array.<wx.v1.Rejection.$Properties>|null} [rejections] ForwardAck rejections
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ForwardAck.
             * @memberof wx.v1
             * @interface IForwardAck
             * @augments wx.v1.ForwardAck.$Properties
             * @deprecated Use wx.v1.ForwardAck.$Properties instead.
             */

            /**
             * Shape of a ForwardAck.
             * @typedef {wx.v1.ForwardAck.$Properties} wx.v1.ForwardAck.$Shape
             */

            /**
             * Constructs a new ForwardAck.
             * @memberof wx.v1
             * @classdesc Represents a ForwardAck.
             * @constructor
             * @param {wx.v1.ForwardAck.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ForwardAck = function (p) {
                this.rejections = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * ForwardAck batchId.
             * @member {number} batchId
             * @memberof wx.v1.ForwardAck
             * @instance
             */
            ForwardAck.prototype.batchId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * ForwardAck stored.
             * @member {number} stored
             * @memberof wx.v1.ForwardAck
             * @instance
             */
            ForwardAck.prototype.stored = 0;

            /**
             * ForwardAck duplicates.
             * @member {number} duplicates
             * @memberof wx.v1.ForwardAck
             * @instance
             */
            ForwardAck.prototype.duplicates = 0;

            /**
             * ForwardAck rejected.
             * @member {number} rejected
             * @memberof wx.v1.ForwardAck
             * @instance
             */
            ForwardAck.prototype.rejected = 0;

            /**
             * ForwardAck rejections.
             * @member {Array.<wx.v1.Rejection.$Properties>} rejections
             * @memberof wx.v1.ForwardAck
             * @instance
             */
            ForwardAck.prototype.rejections = $util.emptyArray;

            /**
             * Creates a new ForwardAck instance using the specified properties.
             * @function create
             * @memberof wx.v1.ForwardAck
             * @static
             * @param {wx.v1.ForwardAck.$Properties=} [properties] Properties to set
             * @returns {wx.v1.ForwardAck} ForwardAck instance
             * @type {{
             *   (properties: wx.v1.ForwardAck.$Shape): wx.v1.ForwardAck & wx.v1.ForwardAck.$Shape;
             *   (properties?: wx.v1.ForwardAck.$Properties): wx.v1.ForwardAck;
             * }}
             */
            ForwardAck.create = function(properties) {
                return new ForwardAck(properties);
            };

            /**
             * Encodes the specified ForwardAck message. Does not implicitly {@link wx.v1.ForwardAck.verify|verify} messages.
             * @function encode
             * @memberof wx.v1.ForwardAck
             * @static
             * @param {wx.v1.ForwardAck.$Properties} m ForwardAck message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ForwardAck.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.batchId != null && $Object.hasOwnProperty.call(m, "batchId") && (typeof m.batchId === "object" ? m.batchId.low || m.batchId.high : m.batchId !== 0))
                    w.uint32(/* id 1, wireType 0 =*/8).uint64(m.batchId);
                if (m.stored != null && $Object.hasOwnProperty.call(m, "stored") && m.stored !== 0)
                    w.uint32(/* id 2, wireType 0 =*/16).uint32(m.stored);
                if (m.duplicates != null && $Object.hasOwnProperty.call(m, "duplicates") && m.duplicates !== 0)
                    w.uint32(/* id 3, wireType 0 =*/24).uint32(m.duplicates);
                if (m.rejected != null && $Object.hasOwnProperty.call(m, "rejected") && m.rejected !== 0)
                    w.uint32(/* id 4, wireType 0 =*/32).uint32(m.rejected);
                if (m.rejections != null && m.rejections.length) {
                    for (var i = 0; i < m.rejections.length; ++i)
                        $root.wx.v1.Rejection.encode(m.rejections[i], w.uint32(/* id 5, wireType 2 =*/42).fork(), q + 1).ldelim();
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified ForwardAck message, length delimited. Does not implicitly {@link wx.v1.ForwardAck.verify|verify} messages.
             * @function encodeDelimited
             * @memberof wx.v1.ForwardAck
             * @static
             * @param {wx.v1.ForwardAck.$Properties} message ForwardAck message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ForwardAck.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a ForwardAck message from the specified reader or buffer.
             * @function decode
             * @memberof wx.v1.ForwardAck
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {wx.v1.ForwardAck & wx.v1.ForwardAck.$Shape} ForwardAck
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ForwardAck.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.wx.v1.ForwardAck();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.batchId = v;
                            else
                                delete m.batchId;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.stored = v;
                            else
                                delete m.stored;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.duplicates = v;
                            else
                                delete m.duplicates;
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.rejected = v;
                            else
                                delete m.rejected;
                            continue;
                        }
                    case 5: {
                            if (u !== 2)
                                break;
                            if (!(m.rejections && m.rejections.length))
                                m.rejections = [];
                            m.rejections.push($root.wx.v1.Rejection.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes a ForwardAck message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof wx.v1.ForwardAck
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {wx.v1.ForwardAck & wx.v1.ForwardAck.$Shape} ForwardAck
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ForwardAck.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a ForwardAck message.
             * @function verify
             * @memberof wx.v1.ForwardAck
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ForwardAck.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.batchId != null && $Object.hasOwnProperty.call(m, "batchId")) {
                    if (!$util.isInteger(m.batchId) && !(m.batchId && $util.isInteger(m.batchId.low) && $util.isInteger(m.batchId.high)))
                        return "batchId: integer|Long expected";
                }
                if (m.stored != null && $Object.hasOwnProperty.call(m, "stored")) {
                    if (!$util.isInteger(m.stored))
                        return "stored: integer expected";
                }
                if (m.duplicates != null && $Object.hasOwnProperty.call(m, "duplicates")) {
                    if (!$util.isInteger(m.duplicates))
                        return "duplicates: integer expected";
                }
                if (m.rejected != null && $Object.hasOwnProperty.call(m, "rejected")) {
                    if (!$util.isInteger(m.rejected))
                        return "rejected: integer expected";
                }
                if (m.rejections != null && $Object.hasOwnProperty.call(m, "rejections")) {
                    if (!$Array.isArray(m.rejections))
                        return "rejections: array expected";
                    for (var i = 0; i < m.rejections.length; ++i) {
                        {
                            var e = $root.wx.v1.Rejection.verify(m.rejections[i], q + 1);
                            if (e)
                                return "rejections." + e;
                        }
                    }
                }
                return null;
            };

            /**
             * Creates a ForwardAck message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof wx.v1.ForwardAck
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {wx.v1.ForwardAck} ForwardAck
             */
            ForwardAck.fromObject = function (d, q) {
                if (d instanceof $root.wx.v1.ForwardAck)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".wx.v1.ForwardAck: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.wx.v1.ForwardAck();
                if (d.batchId != null) {
                    if (typeof d.batchId === "object" ? d.batchId.low || d.batchId.high : $Number(d.batchId) !== 0) {
                        if ($util.Long)
                            m.batchId = $util.Long.fromValue(d.batchId, true);
                        else if (typeof d.batchId === "string")
                            m.batchId = $parseInt(d.batchId, 10);
                        else if (typeof d.batchId === "number")
                            m.batchId = d.batchId;
                        else if (typeof d.batchId === "object")
                            m.batchId = new $util.LongBits(d.batchId.low >>> 0, d.batchId.high >>> 0).toNumber(true);
                    }
                }
                if (d.stored != null) {
                    if ($Number(d.stored) !== 0) {
                        m.stored = d.stored >>> 0;
                    }
                }
                if (d.duplicates != null) {
                    if ($Number(d.duplicates) !== 0) {
                        m.duplicates = d.duplicates >>> 0;
                    }
                }
                if (d.rejected != null) {
                    if ($Number(d.rejected) !== 0) {
                        m.rejected = d.rejected >>> 0;
                    }
                }
                if (d.rejections) {
                    if (!$Array.isArray(d.rejections))
                        throw $TypeError(".wx.v1.ForwardAck.rejections: array expected");
                    m.rejections = $Array(d.rejections.length);
                    for (var i = 0; i < d.rejections.length; ++i) {
                        if (!$util.isObject(d.rejections[i]))
                            throw $TypeError(".wx.v1.ForwardAck.rejections: object expected");
                        m.rejections[i] = $root.wx.v1.Rejection.fromObject(d.rejections[i], q + 1);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a ForwardAck message. Also converts values to other types if specified.
             * @function toObject
             * @memberof wx.v1.ForwardAck
             * @static
             * @param {wx.v1.ForwardAck} m ForwardAck
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ForwardAck.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.rejections = [];
                }
                if (o.defaults) {
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.batchId = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.batchId = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.stored = 0;
                    d.duplicates = 0;
                    d.rejected = 0;
                }
                if (m.batchId != null && $Object.hasOwnProperty.call(m, "batchId")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.batchId = typeof m.batchId === "number" ? $BigInt(m.batchId) : $util.Long.fromBits(m.batchId.low >>> 0, m.batchId.high >>> 0, true).toBigInt();
                    else if (typeof m.batchId === "number")
                        d.batchId = o.longs === $String ? $String(m.batchId) : m.batchId;
                    else
                        d.batchId = o.longs === $String ? $util.Long.prototype.toString.call(m.batchId) : o.longs === $Number ? new $util.LongBits(m.batchId.low >>> 0, m.batchId.high >>> 0).toNumber(true) : m.batchId;
                }
                if (m.stored != null && $Object.hasOwnProperty.call(m, "stored")) {
                    d.stored = m.stored;
                }
                if (m.duplicates != null && $Object.hasOwnProperty.call(m, "duplicates")) {
                    d.duplicates = m.duplicates;
                }
                if (m.rejected != null && $Object.hasOwnProperty.call(m, "rejected")) {
                    d.rejected = m.rejected;
                }
                if (m.rejections && m.rejections.length) {
                    d.rejections = $Array(m.rejections.length);
                    for (var j = 0; j < m.rejections.length; ++j) {
                        d.rejections[j] = $root.wx.v1.Rejection.toObject(m.rejections[j], o, q + 1);
                    }
                }
                return d;
            };

            /**
             * Converts this ForwardAck to JSON.
             * @function toJSON
             * @memberof wx.v1.ForwardAck
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ForwardAck.prototype.toJSON = function() {
                return ForwardAck.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ForwardAck
             * @function getTypeUrl
             * @memberof wx.v1.ForwardAck
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ForwardAck.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/wx.v1.ForwardAck";
            };

            return ForwardAck;
        })();

        /**
         * NowcastState enum.
         * @name wx.v1.NowcastState
         * @enum {number}
         * @property {number} NOWCAST_STATE_UNSPECIFIED=0 NOWCAST_STATE_UNSPECIFIED value
         * @property {number} NOWCAST_OK=1 NOWCAST_OK value
         * @property {number} NOWCAST_INSUFFICIENT_HISTORY=2 NOWCAST_INSUFFICIENT_HISTORY value
         * @property {number} NOWCAST_NO_MODEL=3 NOWCAST_NO_MODEL value
         * @property {number} NOWCAST_FAILED=4 NOWCAST_FAILED value
         */
        v1.NowcastState = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "NOWCAST_STATE_UNSPECIFIED"] = 0;
            values[valuesById[1] = "NOWCAST_OK"] = 1;
            values[valuesById[2] = "NOWCAST_INSUFFICIENT_HISTORY"] = 2;
            values[valuesById[3] = "NOWCAST_NO_MODEL"] = 3;
            values[valuesById[4] = "NOWCAST_FAILED"] = 4;
            return values;
        })();

        v1.NowcastValue = (function() {

            /**
             * Properties of a NowcastValue.
             * @typedef {Object} wx.v1.NowcastValue.$Properties
             * @property {wx.v1.Variable|null} [variable] NowcastValue variable
             * @property {number|null} [leadMinutes] NowcastValue leadMinutes
             * @property {Array.<number>|null} [quantiles] NowcastValue quantiles
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a NowcastValue.
             * @memberof wx.v1
             * @interface INowcastValue
             * @augments wx.v1.NowcastValue.$Properties
             * @deprecated Use wx.v1.NowcastValue.$Properties instead.
             */

            /**
             * Shape of a NowcastValue.
             * @typedef {wx.v1.NowcastValue.$Properties} wx.v1.NowcastValue.$Shape
             */

            /**
             * Constructs a new NowcastValue.
             * @memberof wx.v1
             * @classdesc Represents a NowcastValue.
             * @constructor
             * @param {wx.v1.NowcastValue.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const NowcastValue = function (p) {
                this.quantiles = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * NowcastValue variable.
             * @member {wx.v1.Variable} variable
             * @memberof wx.v1.NowcastValue
             * @instance
             */
            NowcastValue.prototype.variable = 0;

            /**
             * NowcastValue leadMinutes.
             * @member {number} leadMinutes
             * @memberof wx.v1.NowcastValue
             * @instance
             */
            NowcastValue.prototype.leadMinutes = 0;

            /**
             * NowcastValue quantiles.
             * @member {Array.<number>} quantiles
             * @memberof wx.v1.NowcastValue
             * @instance
             */
            NowcastValue.prototype.quantiles = $util.emptyArray;

            /**
             * Creates a new NowcastValue instance using the specified properties.
             * @function create
             * @memberof wx.v1.NowcastValue
             * @static
             * @param {wx.v1.NowcastValue.$Properties=} [properties] Properties to set
             * @returns {wx.v1.NowcastValue} NowcastValue instance
             * @type {{
             *   (properties: wx.v1.NowcastValue.$Shape): wx.v1.NowcastValue & wx.v1.NowcastValue.$Shape;
             *   (properties?: wx.v1.NowcastValue.$Properties): wx.v1.NowcastValue;
             * }}
             */
            NowcastValue.create = function(properties) {
                return new NowcastValue(properties);
            };

            /**
             * Encodes the specified NowcastValue message. Does not implicitly {@link wx.v1.NowcastValue.verify|verify} messages.
             * @function encode
             * @memberof wx.v1.NowcastValue
             * @static
             * @param {wx.v1.NowcastValue.$Properties} m NowcastValue message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            NowcastValue.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.variable != null && $Object.hasOwnProperty.call(m, "variable") && m.variable !== 0)
                    w.uint32(/* id 1, wireType 0 =*/8).int32(m.variable);
                if (m.leadMinutes != null && $Object.hasOwnProperty.call(m, "leadMinutes") && m.leadMinutes !== 0)
                    w.uint32(/* id 2, wireType 0 =*/16).uint32(m.leadMinutes);
                if (m.quantiles != null && m.quantiles.length) {
                    w.uint32(/* id 3, wireType 2 =*/26).doubles(m.quantiles);
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified NowcastValue message, length delimited. Does not implicitly {@link wx.v1.NowcastValue.verify|verify} messages.
             * @function encodeDelimited
             * @memberof wx.v1.NowcastValue
             * @static
             * @param {wx.v1.NowcastValue.$Properties} message NowcastValue message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            NowcastValue.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a NowcastValue message from the specified reader or buffer.
             * @function decode
             * @memberof wx.v1.NowcastValue
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {wx.v1.NowcastValue & wx.v1.NowcastValue.$Shape} NowcastValue
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            NowcastValue.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.wx.v1.NowcastValue();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 0)
                                break;
                            if (v = r.int32())
                                m.variable = v;
                            else
                                delete m.variable;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.leadMinutes = v;
                            else
                                delete m.leadMinutes;
                            continue;
                        }
                    case 3: {
                            if (u === 2) {
                                if (!(m.quantiles && m.quantiles.length))
                                    m.quantiles = [];
                                r.doubles(m.quantiles);
                                continue;
                            }
                            if (u !== 1)
                                break;
                            if (!(m.quantiles && m.quantiles.length))
                                m.quantiles = [];
                            m.quantiles.push(r.double());
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes a NowcastValue message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof wx.v1.NowcastValue
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {wx.v1.NowcastValue & wx.v1.NowcastValue.$Shape} NowcastValue
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            NowcastValue.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a NowcastValue message.
             * @function verify
             * @memberof wx.v1.NowcastValue
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            NowcastValue.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.variable != null && $Object.hasOwnProperty.call(m, "variable")) {
                    if (typeof m.variable !== "number" || (m.variable | 0) !== m.variable)
                        return "variable: enum value expected";
                }
                if (m.leadMinutes != null && $Object.hasOwnProperty.call(m, "leadMinutes")) {
                    if (!$util.isInteger(m.leadMinutes))
                        return "leadMinutes: integer expected";
                }
                if (m.quantiles != null && $Object.hasOwnProperty.call(m, "quantiles")) {
                    if (!$Array.isArray(m.quantiles))
                        return "quantiles: array expected";
                    for (var i = 0; i < m.quantiles.length; ++i) {
                        if (typeof m.quantiles[i] !== "number")
                            return "quantiles: number[] expected";
                    }
                }
                return null;
            };

            /**
             * Creates a NowcastValue message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof wx.v1.NowcastValue
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {wx.v1.NowcastValue} NowcastValue
             */
            NowcastValue.fromObject = function (d, q) {
                if (d instanceof $root.wx.v1.NowcastValue)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".wx.v1.NowcastValue: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.wx.v1.NowcastValue();
                if (d.variable !== 0 && (typeof d.variable !== "string" || $root.wx.v1.Variable[d.variable] !== 0)) {
                    switch (d.variable) {
                    case "VARIABLE_UNSPECIFIED":
                    case 0:
                        m.variable = 0;
                        break;
                    case "TEMPERATURE":
                    case 1:
                        m.variable = 1;
                        break;
                    case "PRESSURE":
                    case 2:
                        m.variable = 2;
                        break;
                    case "DEW_POINT":
                    case 3:
                        m.variable = 3;
                        break;
                    case "RELATIVE_HUMIDITY":
                    case 4:
                        m.variable = 4;
                        break;
                    case "WIND_SPEED":
                    case 5:
                        m.variable = 5;
                        break;
                    case "WIND_DIRECTION":
                    case 6:
                        m.variable = 6;
                        break;
                    case "PRECIPITATION":
                    case 7:
                        m.variable = 7;
                        break;
                    default:
                        if (typeof d.variable === "number" && (d.variable | 0) === d.variable)
                            m.variable = d.variable;
                    }
                }
                if (d.leadMinutes != null) {
                    if ($Number(d.leadMinutes) !== 0) {
                        m.leadMinutes = d.leadMinutes >>> 0;
                    }
                }
                if (d.quantiles) {
                    if (!$Array.isArray(d.quantiles))
                        throw $TypeError(".wx.v1.NowcastValue.quantiles: array expected");
                    m.quantiles = $Array(d.quantiles.length);
                    for (var i = 0; i < d.quantiles.length; ++i) {
                        m.quantiles[i] = $Number(d.quantiles[i]);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a NowcastValue message. Also converts values to other types if specified.
             * @function toObject
             * @memberof wx.v1.NowcastValue
             * @static
             * @param {wx.v1.NowcastValue} m NowcastValue
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            NowcastValue.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.quantiles = [];
                }
                if (o.defaults) {
                    d.variable = o.enums === $String ? "VARIABLE_UNSPECIFIED" : 0;
                    d.leadMinutes = 0;
                }
                if (m.variable != null && $Object.hasOwnProperty.call(m, "variable")) {
                    d.variable = o.enums === $String ? $root.wx.v1.Variable[m.variable] === $undefined ? m.variable : $root.wx.v1.Variable[m.variable] : m.variable;
                }
                if (m.leadMinutes != null && $Object.hasOwnProperty.call(m, "leadMinutes")) {
                    d.leadMinutes = m.leadMinutes;
                }
                if (m.quantiles && m.quantiles.length) {
                    d.quantiles = $Array(m.quantiles.length);
                    for (var j = 0; j < m.quantiles.length; ++j) {
                        d.quantiles[j] = o.json && !$isFinite(m.quantiles[j]) ? $String(m.quantiles[j]) : m.quantiles[j];
                    }
                }
                return d;
            };

            /**
             * Converts this NowcastValue to JSON.
             * @function toJSON
             * @memberof wx.v1.NowcastValue
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            NowcastValue.prototype.toJSON = function() {
                return NowcastValue.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for NowcastValue
             * @function getTypeUrl
             * @memberof wx.v1.NowcastValue
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            NowcastValue.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/wx.v1.NowcastValue";
            };

            return NowcastValue;
        })();

        v1.Nowcast = (function() {

            /**
             * Properties of a Nowcast.
             * @typedef {Object} wx.v1.Nowcast.$Properties
             * @property {string|null} [deviceId] Nowcast deviceId
             * @property {number|null} [baseTimeMs] Nowcast baseTimeMs
             * @property {number|null} [issuedMs] Nowcast issuedMs
             * @property {wx.v1.NowcastState|null} [state] Nowcast state
             * @property {string|null} [reason] Nowcast reason
             * @property {string|null} [modelId] Nowcast modelId
             * @property {string|null} [modelVersion] Nowcast modelVersion
             * @property {string|null} [executionProvider] Nowcast executionProvider
             * @property {number|null} [inputFromMs] Nowcast inputFromMs
             * @property {number|null} [inputToMs] Nowcast inputToMs
             * @property {number|null} [inputSteps] Nowcast inputSteps
             * @property {number|null} [inputMissing] Nowcast inputMissing
             * @property {number|null} [inputLastSeq] Nowcast inputLastSeq
             * @property {Array.<number>|null} [quantileLevels] Nowcast quantileLevels
             * @property {Array.<wx.v1.NowcastValue.$Properties>|null} [values] Nowcast values
             * @property {number|null} [inferenceMs] Nowcast inferenceMs
             * @property {number|null} [gatewayReceivedMs] Nowcast gatewayReceivedMs
             * @property {string|null} [gatewayId] Nowcast gatewayId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Nowcast.
             * @memberof wx.v1
             * @interface INowcast
             * @augments wx.v1.Nowcast.$Properties
             * @deprecated Use wx.v1.Nowcast.$Properties instead.
             */

            /**
             * Shape of a Nowcast.
             * @typedef {wx.v1.Nowcast.$Properties} wx.v1.Nowcast.$Shape
             */

            /**
             * Constructs a new Nowcast.
             * @memberof wx.v1
             * @classdesc Represents a Nowcast.
             * @constructor
             * @param {wx.v1.Nowcast.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Nowcast = function (p) {
                this.quantileLevels = [];
                this.values = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Nowcast deviceId.
             * @member {string} deviceId
             * @memberof wx.v1.Nowcast
             * @instance
             */
            Nowcast.prototype.deviceId = "";

            /**
             * Nowcast baseTimeMs.
             * @member {number} baseTimeMs
             * @memberof wx.v1.Nowcast
             * @instance
             */
            Nowcast.prototype.baseTimeMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Nowcast issuedMs.
             * @member {number} issuedMs
             * @memberof wx.v1.Nowcast
             * @instance
             */
            Nowcast.prototype.issuedMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Nowcast state.
             * @member {wx.v1.NowcastState} state
             * @memberof wx.v1.Nowcast
             * @instance
             */
            Nowcast.prototype.state = 0;

            /**
             * Nowcast reason.
             * @member {string} reason
             * @memberof wx.v1.Nowcast
             * @instance
             */
            Nowcast.prototype.reason = "";

            /**
             * Nowcast modelId.
             * @member {string} modelId
             * @memberof wx.v1.Nowcast
             * @instance
             */
            Nowcast.prototype.modelId = "";

            /**
             * Nowcast modelVersion.
             * @member {string} modelVersion
             * @memberof wx.v1.Nowcast
             * @instance
             */
            Nowcast.prototype.modelVersion = "";

            /**
             * Nowcast executionProvider.
             * @member {string} executionProvider
             * @memberof wx.v1.Nowcast
             * @instance
             */
            Nowcast.prototype.executionProvider = "";

            /**
             * Nowcast inputFromMs.
             * @member {number} inputFromMs
             * @memberof wx.v1.Nowcast
             * @instance
             */
            Nowcast.prototype.inputFromMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Nowcast inputToMs.
             * @member {number} inputToMs
             * @memberof wx.v1.Nowcast
             * @instance
             */
            Nowcast.prototype.inputToMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Nowcast inputSteps.
             * @member {number} inputSteps
             * @memberof wx.v1.Nowcast
             * @instance
             */
            Nowcast.prototype.inputSteps = 0;

            /**
             * Nowcast inputMissing.
             * @member {number} inputMissing
             * @memberof wx.v1.Nowcast
             * @instance
             */
            Nowcast.prototype.inputMissing = 0;

            /**
             * Nowcast inputLastSeq.
             * @member {number} inputLastSeq
             * @memberof wx.v1.Nowcast
             * @instance
             */
            Nowcast.prototype.inputLastSeq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Nowcast quantileLevels.
             * @member {Array.<number>} quantileLevels
             * @memberof wx.v1.Nowcast
             * @instance
             */
            Nowcast.prototype.quantileLevels = $util.emptyArray;

            /**
             * Nowcast values.
             * @member {Array.<wx.v1.NowcastValue.$Properties>} values
             * @memberof wx.v1.Nowcast
             * @instance
             */
            Nowcast.prototype.values = $util.emptyArray;

            /**
             * Nowcast inferenceMs.
             * @member {number} inferenceMs
             * @memberof wx.v1.Nowcast
             * @instance
             */
            Nowcast.prototype.inferenceMs = 0;

            /**
             * Nowcast gatewayReceivedMs.
             * @member {number} gatewayReceivedMs
             * @memberof wx.v1.Nowcast
             * @instance
             */
            Nowcast.prototype.gatewayReceivedMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Nowcast gatewayId.
             * @member {string} gatewayId
             * @memberof wx.v1.Nowcast
             * @instance
             */
            Nowcast.prototype.gatewayId = "";

            /**
             * Creates a new Nowcast instance using the specified properties.
             * @function create
             * @memberof wx.v1.Nowcast
             * @static
             * @param {wx.v1.Nowcast.$Properties=} [properties] Properties to set
             * @returns {wx.v1.Nowcast} Nowcast instance
             * @type {{
             *   (properties: wx.v1.Nowcast.$Shape): wx.v1.Nowcast & wx.v1.Nowcast.$Shape;
             *   (properties?: wx.v1.Nowcast.$Properties): wx.v1.Nowcast;
             * }}
             */
            Nowcast.create = function(properties) {
                return new Nowcast(properties);
            };

            /**
             * Encodes the specified Nowcast message. Does not implicitly {@link wx.v1.Nowcast.verify|verify} messages.
             * @function encode
             * @memberof wx.v1.Nowcast
             * @static
             * @param {wx.v1.Nowcast.$Properties} m Nowcast message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Nowcast.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.deviceId != null && $Object.hasOwnProperty.call(m, "deviceId") && m.deviceId !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.deviceId);
                if (m.baseTimeMs != null && $Object.hasOwnProperty.call(m, "baseTimeMs") && (typeof m.baseTimeMs === "object" ? m.baseTimeMs.low || m.baseTimeMs.high : m.baseTimeMs !== 0))
                    w.uint32(/* id 2, wireType 0 =*/16).int64(m.baseTimeMs);
                if (m.issuedMs != null && $Object.hasOwnProperty.call(m, "issuedMs") && (typeof m.issuedMs === "object" ? m.issuedMs.low || m.issuedMs.high : m.issuedMs !== 0))
                    w.uint32(/* id 3, wireType 0 =*/24).int64(m.issuedMs);
                if (m.state != null && $Object.hasOwnProperty.call(m, "state") && m.state !== 0)
                    w.uint32(/* id 4, wireType 0 =*/32).int32(m.state);
                if (m.reason != null && $Object.hasOwnProperty.call(m, "reason") && m.reason !== "")
                    w.uint32(/* id 5, wireType 2 =*/42).string(m.reason);
                if (m.modelId != null && $Object.hasOwnProperty.call(m, "modelId") && m.modelId !== "")
                    w.uint32(/* id 6, wireType 2 =*/50).string(m.modelId);
                if (m.modelVersion != null && $Object.hasOwnProperty.call(m, "modelVersion") && m.modelVersion !== "")
                    w.uint32(/* id 7, wireType 2 =*/58).string(m.modelVersion);
                if (m.executionProvider != null && $Object.hasOwnProperty.call(m, "executionProvider") && m.executionProvider !== "")
                    w.uint32(/* id 8, wireType 2 =*/66).string(m.executionProvider);
                if (m.inputFromMs != null && $Object.hasOwnProperty.call(m, "inputFromMs") && (typeof m.inputFromMs === "object" ? m.inputFromMs.low || m.inputFromMs.high : m.inputFromMs !== 0))
                    w.uint32(/* id 9, wireType 0 =*/72).int64(m.inputFromMs);
                if (m.inputToMs != null && $Object.hasOwnProperty.call(m, "inputToMs") && (typeof m.inputToMs === "object" ? m.inputToMs.low || m.inputToMs.high : m.inputToMs !== 0))
                    w.uint32(/* id 10, wireType 0 =*/80).int64(m.inputToMs);
                if (m.inputSteps != null && $Object.hasOwnProperty.call(m, "inputSteps") && m.inputSteps !== 0)
                    w.uint32(/* id 11, wireType 0 =*/88).uint32(m.inputSteps);
                if (m.inputMissing != null && $Object.hasOwnProperty.call(m, "inputMissing") && m.inputMissing !== 0)
                    w.uint32(/* id 12, wireType 0 =*/96).uint32(m.inputMissing);
                if (m.inputLastSeq != null && $Object.hasOwnProperty.call(m, "inputLastSeq") && (typeof m.inputLastSeq === "object" ? m.inputLastSeq.low || m.inputLastSeq.high : m.inputLastSeq !== 0))
                    w.uint32(/* id 13, wireType 0 =*/104).uint64(m.inputLastSeq);
                if (m.quantileLevels != null && m.quantileLevels.length) {
                    w.uint32(/* id 14, wireType 2 =*/114).doubles(m.quantileLevels);
                }
                if (m.values != null && m.values.length) {
                    for (var i = 0; i < m.values.length; ++i)
                        $root.wx.v1.NowcastValue.encode(m.values[i], w.uint32(/* id 15, wireType 2 =*/122).fork(), q + 1).ldelim();
                }
                if (m.inferenceMs != null && $Object.hasOwnProperty.call(m, "inferenceMs") && !$Object.is(m.inferenceMs, 0))
                    w.uint32(/* id 16, wireType 1 =*/129).double(m.inferenceMs);
                if (m.gatewayReceivedMs != null && $Object.hasOwnProperty.call(m, "gatewayReceivedMs") && (typeof m.gatewayReceivedMs === "object" ? m.gatewayReceivedMs.low || m.gatewayReceivedMs.high : m.gatewayReceivedMs !== 0))
                    w.uint32(/* id 17, wireType 0 =*/136).int64(m.gatewayReceivedMs);
                if (m.gatewayId != null && $Object.hasOwnProperty.call(m, "gatewayId") && m.gatewayId !== "")
                    w.uint32(/* id 18, wireType 2 =*/146).string(m.gatewayId);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified Nowcast message, length delimited. Does not implicitly {@link wx.v1.Nowcast.verify|verify} messages.
             * @function encodeDelimited
             * @memberof wx.v1.Nowcast
             * @static
             * @param {wx.v1.Nowcast.$Properties} message Nowcast message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Nowcast.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Nowcast message from the specified reader or buffer.
             * @function decode
             * @memberof wx.v1.Nowcast
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {wx.v1.Nowcast & wx.v1.Nowcast.$Shape} Nowcast
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Nowcast.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.wx.v1.Nowcast();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.deviceId = v;
                            else
                                delete m.deviceId;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.baseTimeMs = v;
                            else
                                delete m.baseTimeMs;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.issuedMs = v;
                            else
                                delete m.issuedMs;
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            if (v = r.int32())
                                m.state = v;
                            else
                                delete m.state;
                            continue;
                        }
                    case 5: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.reason = v;
                            else
                                delete m.reason;
                            continue;
                        }
                    case 6: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.modelId = v;
                            else
                                delete m.modelId;
                            continue;
                        }
                    case 7: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.modelVersion = v;
                            else
                                delete m.modelVersion;
                            continue;
                        }
                    case 8: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.executionProvider = v;
                            else
                                delete m.executionProvider;
                            continue;
                        }
                    case 9: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.inputFromMs = v;
                            else
                                delete m.inputFromMs;
                            continue;
                        }
                    case 10: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.inputToMs = v;
                            else
                                delete m.inputToMs;
                            continue;
                        }
                    case 11: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.inputSteps = v;
                            else
                                delete m.inputSteps;
                            continue;
                        }
                    case 12: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.inputMissing = v;
                            else
                                delete m.inputMissing;
                            continue;
                        }
                    case 13: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.inputLastSeq = v;
                            else
                                delete m.inputLastSeq;
                            continue;
                        }
                    case 14: {
                            if (u === 2) {
                                if (!(m.quantileLevels && m.quantileLevels.length))
                                    m.quantileLevels = [];
                                r.doubles(m.quantileLevels);
                                continue;
                            }
                            if (u !== 1)
                                break;
                            if (!(m.quantileLevels && m.quantileLevels.length))
                                m.quantileLevels = [];
                            m.quantileLevels.push(r.double());
                            continue;
                        }
                    case 15: {
                            if (u !== 2)
                                break;
                            if (!(m.values && m.values.length))
                                m.values = [];
                            m.values.push($root.wx.v1.NowcastValue.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    case 16: {
                            if (u !== 1)
                                break;
                            if (!$Object.is(v = r.double(), 0))
                                m.inferenceMs = v;
                            else
                                delete m.inferenceMs;
                            continue;
                        }
                    case 17: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.gatewayReceivedMs = v;
                            else
                                delete m.gatewayReceivedMs;
                            continue;
                        }
                    case 18: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.gatewayId = v;
                            else
                                delete m.gatewayId;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes a Nowcast message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof wx.v1.Nowcast
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {wx.v1.Nowcast & wx.v1.Nowcast.$Shape} Nowcast
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Nowcast.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Nowcast message.
             * @function verify
             * @memberof wx.v1.Nowcast
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Nowcast.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.deviceId != null && $Object.hasOwnProperty.call(m, "deviceId")) {
                    if (!$util.isString(m.deviceId))
                        return "deviceId: string expected";
                }
                if (m.baseTimeMs != null && $Object.hasOwnProperty.call(m, "baseTimeMs")) {
                    if (!$util.isInteger(m.baseTimeMs) && !(m.baseTimeMs && $util.isInteger(m.baseTimeMs.low) && $util.isInteger(m.baseTimeMs.high)))
                        return "baseTimeMs: integer|Long expected";
                }
                if (m.issuedMs != null && $Object.hasOwnProperty.call(m, "issuedMs")) {
                    if (!$util.isInteger(m.issuedMs) && !(m.issuedMs && $util.isInteger(m.issuedMs.low) && $util.isInteger(m.issuedMs.high)))
                        return "issuedMs: integer|Long expected";
                }
                if (m.state != null && $Object.hasOwnProperty.call(m, "state")) {
                    if (typeof m.state !== "number" || (m.state | 0) !== m.state)
                        return "state: enum value expected";
                }
                if (m.reason != null && $Object.hasOwnProperty.call(m, "reason")) {
                    if (!$util.isString(m.reason))
                        return "reason: string expected";
                }
                if (m.modelId != null && $Object.hasOwnProperty.call(m, "modelId")) {
                    if (!$util.isString(m.modelId))
                        return "modelId: string expected";
                }
                if (m.modelVersion != null && $Object.hasOwnProperty.call(m, "modelVersion")) {
                    if (!$util.isString(m.modelVersion))
                        return "modelVersion: string expected";
                }
                if (m.executionProvider != null && $Object.hasOwnProperty.call(m, "executionProvider")) {
                    if (!$util.isString(m.executionProvider))
                        return "executionProvider: string expected";
                }
                if (m.inputFromMs != null && $Object.hasOwnProperty.call(m, "inputFromMs")) {
                    if (!$util.isInteger(m.inputFromMs) && !(m.inputFromMs && $util.isInteger(m.inputFromMs.low) && $util.isInteger(m.inputFromMs.high)))
                        return "inputFromMs: integer|Long expected";
                }
                if (m.inputToMs != null && $Object.hasOwnProperty.call(m, "inputToMs")) {
                    if (!$util.isInteger(m.inputToMs) && !(m.inputToMs && $util.isInteger(m.inputToMs.low) && $util.isInteger(m.inputToMs.high)))
                        return "inputToMs: integer|Long expected";
                }
                if (m.inputSteps != null && $Object.hasOwnProperty.call(m, "inputSteps")) {
                    if (!$util.isInteger(m.inputSteps))
                        return "inputSteps: integer expected";
                }
                if (m.inputMissing != null && $Object.hasOwnProperty.call(m, "inputMissing")) {
                    if (!$util.isInteger(m.inputMissing))
                        return "inputMissing: integer expected";
                }
                if (m.inputLastSeq != null && $Object.hasOwnProperty.call(m, "inputLastSeq")) {
                    if (!$util.isInteger(m.inputLastSeq) && !(m.inputLastSeq && $util.isInteger(m.inputLastSeq.low) && $util.isInteger(m.inputLastSeq.high)))
                        return "inputLastSeq: integer|Long expected";
                }
                if (m.quantileLevels != null && $Object.hasOwnProperty.call(m, "quantileLevels")) {
                    if (!$Array.isArray(m.quantileLevels))
                        return "quantileLevels: array expected";
                    for (var i = 0; i < m.quantileLevels.length; ++i) {
                        if (typeof m.quantileLevels[i] !== "number")
                            return "quantileLevels: number[] expected";
                    }
                }
                if (m.values != null && $Object.hasOwnProperty.call(m, "values")) {
                    if (!$Array.isArray(m.values))
                        return "values: array expected";
                    for (var i = 0; i < m.values.length; ++i) {
                        {
                            var e = $root.wx.v1.NowcastValue.verify(m.values[i], q + 1);
                            if (e)
                                return "values." + e;
                        }
                    }
                }
                if (m.inferenceMs != null && $Object.hasOwnProperty.call(m, "inferenceMs")) {
                    if (typeof m.inferenceMs !== "number")
                        return "inferenceMs: number expected";
                }
                if (m.gatewayReceivedMs != null && $Object.hasOwnProperty.call(m, "gatewayReceivedMs")) {
                    if (!$util.isInteger(m.gatewayReceivedMs) && !(m.gatewayReceivedMs && $util.isInteger(m.gatewayReceivedMs.low) && $util.isInteger(m.gatewayReceivedMs.high)))
                        return "gatewayReceivedMs: integer|Long expected";
                }
                if (m.gatewayId != null && $Object.hasOwnProperty.call(m, "gatewayId")) {
                    if (!$util.isString(m.gatewayId))
                        return "gatewayId: string expected";
                }
                return null;
            };

            /**
             * Creates a Nowcast message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof wx.v1.Nowcast
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {wx.v1.Nowcast} Nowcast
             */
            Nowcast.fromObject = function (d, q) {
                if (d instanceof $root.wx.v1.Nowcast)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".wx.v1.Nowcast: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.wx.v1.Nowcast();
                if (d.deviceId != null) {
                    if (typeof d.deviceId !== "string" || d.deviceId.length) {
                        m.deviceId = $String(d.deviceId);
                    }
                }
                if (d.baseTimeMs != null) {
                    if (typeof d.baseTimeMs === "object" ? d.baseTimeMs.low || d.baseTimeMs.high : $Number(d.baseTimeMs) !== 0) {
                        if ($util.Long)
                            m.baseTimeMs = $util.Long.fromValue(d.baseTimeMs, false);
                        else if (typeof d.baseTimeMs === "string")
                            m.baseTimeMs = $parseInt(d.baseTimeMs, 10);
                        else if (typeof d.baseTimeMs === "number")
                            m.baseTimeMs = d.baseTimeMs;
                        else if (typeof d.baseTimeMs === "object")
                            m.baseTimeMs = new $util.LongBits(d.baseTimeMs.low >>> 0, d.baseTimeMs.high >>> 0).toNumber();
                    }
                }
                if (d.issuedMs != null) {
                    if (typeof d.issuedMs === "object" ? d.issuedMs.low || d.issuedMs.high : $Number(d.issuedMs) !== 0) {
                        if ($util.Long)
                            m.issuedMs = $util.Long.fromValue(d.issuedMs, false);
                        else if (typeof d.issuedMs === "string")
                            m.issuedMs = $parseInt(d.issuedMs, 10);
                        else if (typeof d.issuedMs === "number")
                            m.issuedMs = d.issuedMs;
                        else if (typeof d.issuedMs === "object")
                            m.issuedMs = new $util.LongBits(d.issuedMs.low >>> 0, d.issuedMs.high >>> 0).toNumber();
                    }
                }
                if (d.state !== 0 && (typeof d.state !== "string" || $root.wx.v1.NowcastState[d.state] !== 0)) {
                    switch (d.state) {
                    case "NOWCAST_STATE_UNSPECIFIED":
                    case 0:
                        m.state = 0;
                        break;
                    case "NOWCAST_OK":
                    case 1:
                        m.state = 1;
                        break;
                    case "NOWCAST_INSUFFICIENT_HISTORY":
                    case 2:
                        m.state = 2;
                        break;
                    case "NOWCAST_NO_MODEL":
                    case 3:
                        m.state = 3;
                        break;
                    case "NOWCAST_FAILED":
                    case 4:
                        m.state = 4;
                        break;
                    default:
                        if (typeof d.state === "number" && (d.state | 0) === d.state)
                            m.state = d.state;
                    }
                }
                if (d.reason != null) {
                    if (typeof d.reason !== "string" || d.reason.length) {
                        m.reason = $String(d.reason);
                    }
                }
                if (d.modelId != null) {
                    if (typeof d.modelId !== "string" || d.modelId.length) {
                        m.modelId = $String(d.modelId);
                    }
                }
                if (d.modelVersion != null) {
                    if (typeof d.modelVersion !== "string" || d.modelVersion.length) {
                        m.modelVersion = $String(d.modelVersion);
                    }
                }
                if (d.executionProvider != null) {
                    if (typeof d.executionProvider !== "string" || d.executionProvider.length) {
                        m.executionProvider = $String(d.executionProvider);
                    }
                }
                if (d.inputFromMs != null) {
                    if (typeof d.inputFromMs === "object" ? d.inputFromMs.low || d.inputFromMs.high : $Number(d.inputFromMs) !== 0) {
                        if ($util.Long)
                            m.inputFromMs = $util.Long.fromValue(d.inputFromMs, false);
                        else if (typeof d.inputFromMs === "string")
                            m.inputFromMs = $parseInt(d.inputFromMs, 10);
                        else if (typeof d.inputFromMs === "number")
                            m.inputFromMs = d.inputFromMs;
                        else if (typeof d.inputFromMs === "object")
                            m.inputFromMs = new $util.LongBits(d.inputFromMs.low >>> 0, d.inputFromMs.high >>> 0).toNumber();
                    }
                }
                if (d.inputToMs != null) {
                    if (typeof d.inputToMs === "object" ? d.inputToMs.low || d.inputToMs.high : $Number(d.inputToMs) !== 0) {
                        if ($util.Long)
                            m.inputToMs = $util.Long.fromValue(d.inputToMs, false);
                        else if (typeof d.inputToMs === "string")
                            m.inputToMs = $parseInt(d.inputToMs, 10);
                        else if (typeof d.inputToMs === "number")
                            m.inputToMs = d.inputToMs;
                        else if (typeof d.inputToMs === "object")
                            m.inputToMs = new $util.LongBits(d.inputToMs.low >>> 0, d.inputToMs.high >>> 0).toNumber();
                    }
                }
                if (d.inputSteps != null) {
                    if ($Number(d.inputSteps) !== 0) {
                        m.inputSteps = d.inputSteps >>> 0;
                    }
                }
                if (d.inputMissing != null) {
                    if ($Number(d.inputMissing) !== 0) {
                        m.inputMissing = d.inputMissing >>> 0;
                    }
                }
                if (d.inputLastSeq != null) {
                    if (typeof d.inputLastSeq === "object" ? d.inputLastSeq.low || d.inputLastSeq.high : $Number(d.inputLastSeq) !== 0) {
                        if ($util.Long)
                            m.inputLastSeq = $util.Long.fromValue(d.inputLastSeq, true);
                        else if (typeof d.inputLastSeq === "string")
                            m.inputLastSeq = $parseInt(d.inputLastSeq, 10);
                        else if (typeof d.inputLastSeq === "number")
                            m.inputLastSeq = d.inputLastSeq;
                        else if (typeof d.inputLastSeq === "object")
                            m.inputLastSeq = new $util.LongBits(d.inputLastSeq.low >>> 0, d.inputLastSeq.high >>> 0).toNumber(true);
                    }
                }
                if (d.quantileLevels) {
                    if (!$Array.isArray(d.quantileLevels))
                        throw $TypeError(".wx.v1.Nowcast.quantileLevels: array expected");
                    m.quantileLevels = $Array(d.quantileLevels.length);
                    for (var i = 0; i < d.quantileLevels.length; ++i) {
                        m.quantileLevels[i] = $Number(d.quantileLevels[i]);
                    }
                }
                if (d.values) {
                    if (!$Array.isArray(d.values))
                        throw $TypeError(".wx.v1.Nowcast.values: array expected");
                    m.values = $Array(d.values.length);
                    for (var i = 0; i < d.values.length; ++i) {
                        if (!$util.isObject(d.values[i]))
                            throw $TypeError(".wx.v1.Nowcast.values: object expected");
                        m.values[i] = $root.wx.v1.NowcastValue.fromObject(d.values[i], q + 1);
                    }
                }
                if (d.inferenceMs != null) {
                    if (!$Object.is($Number(d.inferenceMs), 0)) {
                        m.inferenceMs = $Number(d.inferenceMs);
                    }
                }
                if (d.gatewayReceivedMs != null) {
                    if (typeof d.gatewayReceivedMs === "object" ? d.gatewayReceivedMs.low || d.gatewayReceivedMs.high : $Number(d.gatewayReceivedMs) !== 0) {
                        if ($util.Long)
                            m.gatewayReceivedMs = $util.Long.fromValue(d.gatewayReceivedMs, false);
                        else if (typeof d.gatewayReceivedMs === "string")
                            m.gatewayReceivedMs = $parseInt(d.gatewayReceivedMs, 10);
                        else if (typeof d.gatewayReceivedMs === "number")
                            m.gatewayReceivedMs = d.gatewayReceivedMs;
                        else if (typeof d.gatewayReceivedMs === "object")
                            m.gatewayReceivedMs = new $util.LongBits(d.gatewayReceivedMs.low >>> 0, d.gatewayReceivedMs.high >>> 0).toNumber();
                    }
                }
                if (d.gatewayId != null) {
                    if (typeof d.gatewayId !== "string" || d.gatewayId.length) {
                        m.gatewayId = $String(d.gatewayId);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a Nowcast message. Also converts values to other types if specified.
             * @function toObject
             * @memberof wx.v1.Nowcast
             * @static
             * @param {wx.v1.Nowcast} m Nowcast
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Nowcast.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.quantileLevels = [];
                    d.values = [];
                }
                if (o.defaults) {
                    d.deviceId = "";
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.baseTimeMs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.baseTimeMs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.issuedMs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.issuedMs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.state = o.enums === $String ? "NOWCAST_STATE_UNSPECIFIED" : 0;
                    d.reason = "";
                    d.modelId = "";
                    d.modelVersion = "";
                    d.executionProvider = "";
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.inputFromMs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.inputFromMs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.inputToMs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.inputToMs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.inputSteps = 0;
                    d.inputMissing = 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.inputLastSeq = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.inputLastSeq = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.inferenceMs = 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.gatewayReceivedMs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.gatewayReceivedMs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.gatewayId = "";
                }
                if (m.deviceId != null && $Object.hasOwnProperty.call(m, "deviceId")) {
                    d.deviceId = m.deviceId;
                }
                if (m.baseTimeMs != null && $Object.hasOwnProperty.call(m, "baseTimeMs")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.baseTimeMs = typeof m.baseTimeMs === "number" ? $BigInt(m.baseTimeMs) : $util.Long.fromBits(m.baseTimeMs.low >>> 0, m.baseTimeMs.high >>> 0, false).toBigInt();
                    else if (typeof m.baseTimeMs === "number")
                        d.baseTimeMs = o.longs === $String ? $String(m.baseTimeMs) : m.baseTimeMs;
                    else
                        d.baseTimeMs = o.longs === $String ? $util.Long.prototype.toString.call(m.baseTimeMs) : o.longs === $Number ? new $util.LongBits(m.baseTimeMs.low >>> 0, m.baseTimeMs.high >>> 0).toNumber() : m.baseTimeMs;
                }
                if (m.issuedMs != null && $Object.hasOwnProperty.call(m, "issuedMs")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.issuedMs = typeof m.issuedMs === "number" ? $BigInt(m.issuedMs) : $util.Long.fromBits(m.issuedMs.low >>> 0, m.issuedMs.high >>> 0, false).toBigInt();
                    else if (typeof m.issuedMs === "number")
                        d.issuedMs = o.longs === $String ? $String(m.issuedMs) : m.issuedMs;
                    else
                        d.issuedMs = o.longs === $String ? $util.Long.prototype.toString.call(m.issuedMs) : o.longs === $Number ? new $util.LongBits(m.issuedMs.low >>> 0, m.issuedMs.high >>> 0).toNumber() : m.issuedMs;
                }
                if (m.state != null && $Object.hasOwnProperty.call(m, "state")) {
                    d.state = o.enums === $String ? $root.wx.v1.NowcastState[m.state] === $undefined ? m.state : $root.wx.v1.NowcastState[m.state] : m.state;
                }
                if (m.reason != null && $Object.hasOwnProperty.call(m, "reason")) {
                    d.reason = m.reason;
                }
                if (m.modelId != null && $Object.hasOwnProperty.call(m, "modelId")) {
                    d.modelId = m.modelId;
                }
                if (m.modelVersion != null && $Object.hasOwnProperty.call(m, "modelVersion")) {
                    d.modelVersion = m.modelVersion;
                }
                if (m.executionProvider != null && $Object.hasOwnProperty.call(m, "executionProvider")) {
                    d.executionProvider = m.executionProvider;
                }
                if (m.inputFromMs != null && $Object.hasOwnProperty.call(m, "inputFromMs")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.inputFromMs = typeof m.inputFromMs === "number" ? $BigInt(m.inputFromMs) : $util.Long.fromBits(m.inputFromMs.low >>> 0, m.inputFromMs.high >>> 0, false).toBigInt();
                    else if (typeof m.inputFromMs === "number")
                        d.inputFromMs = o.longs === $String ? $String(m.inputFromMs) : m.inputFromMs;
                    else
                        d.inputFromMs = o.longs === $String ? $util.Long.prototype.toString.call(m.inputFromMs) : o.longs === $Number ? new $util.LongBits(m.inputFromMs.low >>> 0, m.inputFromMs.high >>> 0).toNumber() : m.inputFromMs;
                }
                if (m.inputToMs != null && $Object.hasOwnProperty.call(m, "inputToMs")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.inputToMs = typeof m.inputToMs === "number" ? $BigInt(m.inputToMs) : $util.Long.fromBits(m.inputToMs.low >>> 0, m.inputToMs.high >>> 0, false).toBigInt();
                    else if (typeof m.inputToMs === "number")
                        d.inputToMs = o.longs === $String ? $String(m.inputToMs) : m.inputToMs;
                    else
                        d.inputToMs = o.longs === $String ? $util.Long.prototype.toString.call(m.inputToMs) : o.longs === $Number ? new $util.LongBits(m.inputToMs.low >>> 0, m.inputToMs.high >>> 0).toNumber() : m.inputToMs;
                }
                if (m.inputSteps != null && $Object.hasOwnProperty.call(m, "inputSteps")) {
                    d.inputSteps = m.inputSteps;
                }
                if (m.inputMissing != null && $Object.hasOwnProperty.call(m, "inputMissing")) {
                    d.inputMissing = m.inputMissing;
                }
                if (m.inputLastSeq != null && $Object.hasOwnProperty.call(m, "inputLastSeq")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.inputLastSeq = typeof m.inputLastSeq === "number" ? $BigInt(m.inputLastSeq) : $util.Long.fromBits(m.inputLastSeq.low >>> 0, m.inputLastSeq.high >>> 0, true).toBigInt();
                    else if (typeof m.inputLastSeq === "number")
                        d.inputLastSeq = o.longs === $String ? $String(m.inputLastSeq) : m.inputLastSeq;
                    else
                        d.inputLastSeq = o.longs === $String ? $util.Long.prototype.toString.call(m.inputLastSeq) : o.longs === $Number ? new $util.LongBits(m.inputLastSeq.low >>> 0, m.inputLastSeq.high >>> 0).toNumber(true) : m.inputLastSeq;
                }
                if (m.quantileLevels && m.quantileLevels.length) {
                    d.quantileLevels = $Array(m.quantileLevels.length);
                    for (var j = 0; j < m.quantileLevels.length; ++j) {
                        d.quantileLevels[j] = o.json && !$isFinite(m.quantileLevels[j]) ? $String(m.quantileLevels[j]) : m.quantileLevels[j];
                    }
                }
                if (m.values && m.values.length) {
                    d.values = $Array(m.values.length);
                    for (var j = 0; j < m.values.length; ++j) {
                        d.values[j] = $root.wx.v1.NowcastValue.toObject(m.values[j], o, q + 1);
                    }
                }
                if (m.inferenceMs != null && $Object.hasOwnProperty.call(m, "inferenceMs")) {
                    d.inferenceMs = o.json && !$isFinite(m.inferenceMs) ? $String(m.inferenceMs) : m.inferenceMs;
                }
                if (m.gatewayReceivedMs != null && $Object.hasOwnProperty.call(m, "gatewayReceivedMs")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.gatewayReceivedMs = typeof m.gatewayReceivedMs === "number" ? $BigInt(m.gatewayReceivedMs) : $util.Long.fromBits(m.gatewayReceivedMs.low >>> 0, m.gatewayReceivedMs.high >>> 0, false).toBigInt();
                    else if (typeof m.gatewayReceivedMs === "number")
                        d.gatewayReceivedMs = o.longs === $String ? $String(m.gatewayReceivedMs) : m.gatewayReceivedMs;
                    else
                        d.gatewayReceivedMs = o.longs === $String ? $util.Long.prototype.toString.call(m.gatewayReceivedMs) : o.longs === $Number ? new $util.LongBits(m.gatewayReceivedMs.low >>> 0, m.gatewayReceivedMs.high >>> 0).toNumber() : m.gatewayReceivedMs;
                }
                if (m.gatewayId != null && $Object.hasOwnProperty.call(m, "gatewayId")) {
                    d.gatewayId = m.gatewayId;
                }
                return d;
            };

            /**
             * Converts this Nowcast to JSON.
             * @function toJSON
             * @memberof wx.v1.Nowcast
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Nowcast.prototype.toJSON = function() {
                return Nowcast.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Nowcast
             * @function getTypeUrl
             * @memberof wx.v1.Nowcast
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Nowcast.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/wx.v1.Nowcast";
            };

            return Nowcast;
        })();

        v1.ModelDeploy = (function() {

            /**
             * Properties of a ModelDeploy.
             * @typedef {Object} wx.v1.ModelDeploy.$Properties
             * @property {string|null} [deploymentId] ModelDeploy deploymentId
             * @property {string|null} [modelId] ModelDeploy modelId
             * @property {string|null} [version] ModelDeploy version
             * @property {string|null} [sha256] ModelDeploy sha256
             * @property {number|null} [sizeBytes] ModelDeploy sizeBytes
             * @property {number|null} [chunkSize] ModelDeploy chunkSize
             * @property {Uint8Array|null} [signature] ModelDeploy signature
             * @property {string|null} [cardJson] ModelDeploy cardJson
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ModelDeploy.
             * @memberof wx.v1
             * @interface IModelDeploy
             * @augments wx.v1.ModelDeploy.$Properties
             * @deprecated Use wx.v1.ModelDeploy.$Properties instead.
             */

            /**
             * Shape of a ModelDeploy.
             * @typedef {wx.v1.ModelDeploy.$Properties} wx.v1.ModelDeploy.$Shape
             */

            /**
             * Constructs a new ModelDeploy.
             * @memberof wx.v1
             * @classdesc Represents a ModelDeploy.
             * @constructor
             * @param {wx.v1.ModelDeploy.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ModelDeploy = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * ModelDeploy deploymentId.
             * @member {string} deploymentId
             * @memberof wx.v1.ModelDeploy
             * @instance
             */
            ModelDeploy.prototype.deploymentId = "";

            /**
             * ModelDeploy modelId.
             * @member {string} modelId
             * @memberof wx.v1.ModelDeploy
             * @instance
             */
            ModelDeploy.prototype.modelId = "";

            /**
             * ModelDeploy version.
             * @member {string} version
             * @memberof wx.v1.ModelDeploy
             * @instance
             */
            ModelDeploy.prototype.version = "";

            /**
             * ModelDeploy sha256.
             * @member {string} sha256
             * @memberof wx.v1.ModelDeploy
             * @instance
             */
            ModelDeploy.prototype.sha256 = "";

            /**
             * ModelDeploy sizeBytes.
             * @member {number} sizeBytes
             * @memberof wx.v1.ModelDeploy
             * @instance
             */
            ModelDeploy.prototype.sizeBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * ModelDeploy chunkSize.
             * @member {number} chunkSize
             * @memberof wx.v1.ModelDeploy
             * @instance
             */
            ModelDeploy.prototype.chunkSize = 0;

            /**
             * ModelDeploy signature.
             * @member {Uint8Array} signature
             * @memberof wx.v1.ModelDeploy
             * @instance
             */
            ModelDeploy.prototype.signature = $util.newBuffer([]);

            /**
             * ModelDeploy cardJson.
             * @member {string} cardJson
             * @memberof wx.v1.ModelDeploy
             * @instance
             */
            ModelDeploy.prototype.cardJson = "";

            /**
             * Creates a new ModelDeploy instance using the specified properties.
             * @function create
             * @memberof wx.v1.ModelDeploy
             * @static
             * @param {wx.v1.ModelDeploy.$Properties=} [properties] Properties to set
             * @returns {wx.v1.ModelDeploy} ModelDeploy instance
             * @type {{
             *   (properties: wx.v1.ModelDeploy.$Shape): wx.v1.ModelDeploy & wx.v1.ModelDeploy.$Shape;
             *   (properties?: wx.v1.ModelDeploy.$Properties): wx.v1.ModelDeploy;
             * }}
             */
            ModelDeploy.create = function(properties) {
                return new ModelDeploy(properties);
            };

            /**
             * Encodes the specified ModelDeploy message. Does not implicitly {@link wx.v1.ModelDeploy.verify|verify} messages.
             * @function encode
             * @memberof wx.v1.ModelDeploy
             * @static
             * @param {wx.v1.ModelDeploy.$Properties} m ModelDeploy message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ModelDeploy.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.deploymentId != null && $Object.hasOwnProperty.call(m, "deploymentId") && m.deploymentId !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.deploymentId);
                if (m.modelId != null && $Object.hasOwnProperty.call(m, "modelId") && m.modelId !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.modelId);
                if (m.version != null && $Object.hasOwnProperty.call(m, "version") && m.version !== "")
                    w.uint32(/* id 3, wireType 2 =*/26).string(m.version);
                if (m.sha256 != null && $Object.hasOwnProperty.call(m, "sha256") && m.sha256 !== "")
                    w.uint32(/* id 4, wireType 2 =*/34).string(m.sha256);
                if (m.sizeBytes != null && $Object.hasOwnProperty.call(m, "sizeBytes") && (typeof m.sizeBytes === "object" ? m.sizeBytes.low || m.sizeBytes.high : m.sizeBytes !== 0))
                    w.uint32(/* id 5, wireType 0 =*/40).uint64(m.sizeBytes);
                if (m.chunkSize != null && $Object.hasOwnProperty.call(m, "chunkSize") && m.chunkSize !== 0)
                    w.uint32(/* id 6, wireType 0 =*/48).uint32(m.chunkSize);
                if (m.signature != null && $Object.hasOwnProperty.call(m, "signature") && m.signature.length)
                    w.uint32(/* id 7, wireType 2 =*/58).bytes(m.signature);
                if (m.cardJson != null && $Object.hasOwnProperty.call(m, "cardJson") && m.cardJson !== "")
                    w.uint32(/* id 8, wireType 2 =*/66).string(m.cardJson);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified ModelDeploy message, length delimited. Does not implicitly {@link wx.v1.ModelDeploy.verify|verify} messages.
             * @function encodeDelimited
             * @memberof wx.v1.ModelDeploy
             * @static
             * @param {wx.v1.ModelDeploy.$Properties} message ModelDeploy message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ModelDeploy.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a ModelDeploy message from the specified reader or buffer.
             * @function decode
             * @memberof wx.v1.ModelDeploy
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {wx.v1.ModelDeploy & wx.v1.ModelDeploy.$Shape} ModelDeploy
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ModelDeploy.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.wx.v1.ModelDeploy();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.deploymentId = v;
                            else
                                delete m.deploymentId;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.modelId = v;
                            else
                                delete m.modelId;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.version = v;
                            else
                                delete m.version;
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.sha256 = v;
                            else
                                delete m.sha256;
                            continue;
                        }
                    case 5: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.sizeBytes = v;
                            else
                                delete m.sizeBytes;
                            continue;
                        }
                    case 6: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.chunkSize = v;
                            else
                                delete m.chunkSize;
                            continue;
                        }
                    case 7: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.signature = v;
                            else
                                delete m.signature;
                            continue;
                        }
                    case 8: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.cardJson = v;
                            else
                                delete m.cardJson;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes a ModelDeploy message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof wx.v1.ModelDeploy
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {wx.v1.ModelDeploy & wx.v1.ModelDeploy.$Shape} ModelDeploy
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ModelDeploy.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a ModelDeploy message.
             * @function verify
             * @memberof wx.v1.ModelDeploy
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ModelDeploy.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.deploymentId != null && $Object.hasOwnProperty.call(m, "deploymentId")) {
                    if (!$util.isString(m.deploymentId))
                        return "deploymentId: string expected";
                }
                if (m.modelId != null && $Object.hasOwnProperty.call(m, "modelId")) {
                    if (!$util.isString(m.modelId))
                        return "modelId: string expected";
                }
                if (m.version != null && $Object.hasOwnProperty.call(m, "version")) {
                    if (!$util.isString(m.version))
                        return "version: string expected";
                }
                if (m.sha256 != null && $Object.hasOwnProperty.call(m, "sha256")) {
                    if (!$util.isString(m.sha256))
                        return "sha256: string expected";
                }
                if (m.sizeBytes != null && $Object.hasOwnProperty.call(m, "sizeBytes")) {
                    if (!$util.isInteger(m.sizeBytes) && !(m.sizeBytes && $util.isInteger(m.sizeBytes.low) && $util.isInteger(m.sizeBytes.high)))
                        return "sizeBytes: integer|Long expected";
                }
                if (m.chunkSize != null && $Object.hasOwnProperty.call(m, "chunkSize")) {
                    if (!$util.isInteger(m.chunkSize))
                        return "chunkSize: integer expected";
                }
                if (m.signature != null && $Object.hasOwnProperty.call(m, "signature")) {
                    if (!(m.signature && typeof m.signature.length === "number" || $util.isString(m.signature)))
                        return "signature: buffer expected";
                }
                if (m.cardJson != null && $Object.hasOwnProperty.call(m, "cardJson")) {
                    if (!$util.isString(m.cardJson))
                        return "cardJson: string expected";
                }
                return null;
            };

            /**
             * Creates a ModelDeploy message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof wx.v1.ModelDeploy
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {wx.v1.ModelDeploy} ModelDeploy
             */
            ModelDeploy.fromObject = function (d, q) {
                if (d instanceof $root.wx.v1.ModelDeploy)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".wx.v1.ModelDeploy: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.wx.v1.ModelDeploy();
                if (d.deploymentId != null) {
                    if (typeof d.deploymentId !== "string" || d.deploymentId.length) {
                        m.deploymentId = $String(d.deploymentId);
                    }
                }
                if (d.modelId != null) {
                    if (typeof d.modelId !== "string" || d.modelId.length) {
                        m.modelId = $String(d.modelId);
                    }
                }
                if (d.version != null) {
                    if (typeof d.version !== "string" || d.version.length) {
                        m.version = $String(d.version);
                    }
                }
                if (d.sha256 != null) {
                    if (typeof d.sha256 !== "string" || d.sha256.length) {
                        m.sha256 = $String(d.sha256);
                    }
                }
                if (d.sizeBytes != null) {
                    if (typeof d.sizeBytes === "object" ? d.sizeBytes.low || d.sizeBytes.high : $Number(d.sizeBytes) !== 0) {
                        if ($util.Long)
                            m.sizeBytes = $util.Long.fromValue(d.sizeBytes, true);
                        else if (typeof d.sizeBytes === "string")
                            m.sizeBytes = $parseInt(d.sizeBytes, 10);
                        else if (typeof d.sizeBytes === "number")
                            m.sizeBytes = d.sizeBytes;
                        else if (typeof d.sizeBytes === "object")
                            m.sizeBytes = new $util.LongBits(d.sizeBytes.low >>> 0, d.sizeBytes.high >>> 0).toNumber(true);
                    }
                }
                if (d.chunkSize != null) {
                    if ($Number(d.chunkSize) !== 0) {
                        m.chunkSize = d.chunkSize >>> 0;
                    }
                }
                if (d.signature != null) {
                    if (d.signature.length) {
                        if (typeof d.signature === "string")
                            $util.base64.decode(d.signature, m.signature = $util.newBuffer($util.base64.length(d.signature)), 0);
                        else if (d.signature.length >= 0)
                            m.signature = d.signature;
                    }
                }
                if (d.cardJson != null) {
                    if (typeof d.cardJson !== "string" || d.cardJson.length) {
                        m.cardJson = $String(d.cardJson);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a ModelDeploy message. Also converts values to other types if specified.
             * @function toObject
             * @memberof wx.v1.ModelDeploy
             * @static
             * @param {wx.v1.ModelDeploy} m ModelDeploy
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ModelDeploy.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.deploymentId = "";
                    d.modelId = "";
                    d.version = "";
                    d.sha256 = "";
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.sizeBytes = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.sizeBytes = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.chunkSize = 0;
                    if (o.bytes === $String)
                        d.signature = "";
                    else {
                        d.signature = [];
                        if (o.bytes !== $Array)
                            d.signature = $util.newBuffer(d.signature);
                    }
                    d.cardJson = "";
                }
                if (m.deploymentId != null && $Object.hasOwnProperty.call(m, "deploymentId")) {
                    d.deploymentId = m.deploymentId;
                }
                if (m.modelId != null && $Object.hasOwnProperty.call(m, "modelId")) {
                    d.modelId = m.modelId;
                }
                if (m.version != null && $Object.hasOwnProperty.call(m, "version")) {
                    d.version = m.version;
                }
                if (m.sha256 != null && $Object.hasOwnProperty.call(m, "sha256")) {
                    d.sha256 = m.sha256;
                }
                if (m.sizeBytes != null && $Object.hasOwnProperty.call(m, "sizeBytes")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.sizeBytes = typeof m.sizeBytes === "number" ? $BigInt(m.sizeBytes) : $util.Long.fromBits(m.sizeBytes.low >>> 0, m.sizeBytes.high >>> 0, true).toBigInt();
                    else if (typeof m.sizeBytes === "number")
                        d.sizeBytes = o.longs === $String ? $String(m.sizeBytes) : m.sizeBytes;
                    else
                        d.sizeBytes = o.longs === $String ? $util.Long.prototype.toString.call(m.sizeBytes) : o.longs === $Number ? new $util.LongBits(m.sizeBytes.low >>> 0, m.sizeBytes.high >>> 0).toNumber(true) : m.sizeBytes;
                }
                if (m.chunkSize != null && $Object.hasOwnProperty.call(m, "chunkSize")) {
                    d.chunkSize = m.chunkSize;
                }
                if (m.signature != null && $Object.hasOwnProperty.call(m, "signature")) {
                    d.signature = o.bytes === $String ? $util.base64.encode(m.signature, 0, m.signature.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.signature) : m.signature;
                }
                if (m.cardJson != null && $Object.hasOwnProperty.call(m, "cardJson")) {
                    d.cardJson = m.cardJson;
                }
                return d;
            };

            /**
             * Converts this ModelDeploy to JSON.
             * @function toJSON
             * @memberof wx.v1.ModelDeploy
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ModelDeploy.prototype.toJSON = function() {
                return ModelDeploy.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ModelDeploy
             * @function getTypeUrl
             * @memberof wx.v1.ModelDeploy
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ModelDeploy.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/wx.v1.ModelDeploy";
            };

            return ModelDeploy;
        })();

        v1.ModelChunkRequest = (function() {

            /**
             * Properties of a ModelChunkRequest.
             * @typedef {Object} wx.v1.ModelChunkRequest.$Properties
             * @property {string|null} [deploymentId] ModelChunkRequest deploymentId
             * @property {string|null} [modelId] ModelChunkRequest modelId
             * @property {string|null} [version] ModelChunkRequest version
             * @property {number|null} [offset] ModelChunkRequest offset
             * @property {number|null} [length] ModelChunkRequest length
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ModelChunkRequest.
             * @memberof wx.v1
             * @interface IModelChunkRequest
             * @augments wx.v1.ModelChunkRequest.$Properties
             * @deprecated Use wx.v1.ModelChunkRequest.$Properties instead.
             */

            /**
             * Shape of a ModelChunkRequest.
             * @typedef {wx.v1.ModelChunkRequest.$Properties} wx.v1.ModelChunkRequest.$Shape
             */

            /**
             * Constructs a new ModelChunkRequest.
             * @memberof wx.v1
             * @classdesc Represents a ModelChunkRequest.
             * @constructor
             * @param {wx.v1.ModelChunkRequest.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ModelChunkRequest = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * ModelChunkRequest deploymentId.
             * @member {string} deploymentId
             * @memberof wx.v1.ModelChunkRequest
             * @instance
             */
            ModelChunkRequest.prototype.deploymentId = "";

            /**
             * ModelChunkRequest modelId.
             * @member {string} modelId
             * @memberof wx.v1.ModelChunkRequest
             * @instance
             */
            ModelChunkRequest.prototype.modelId = "";

            /**
             * ModelChunkRequest version.
             * @member {string} version
             * @memberof wx.v1.ModelChunkRequest
             * @instance
             */
            ModelChunkRequest.prototype.version = "";

            /**
             * ModelChunkRequest offset.
             * @member {number} offset
             * @memberof wx.v1.ModelChunkRequest
             * @instance
             */
            ModelChunkRequest.prototype.offset = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * ModelChunkRequest length.
             * @member {number} length
             * @memberof wx.v1.ModelChunkRequest
             * @instance
             */
            ModelChunkRequest.prototype.length = 0;

            /**
             * Creates a new ModelChunkRequest instance using the specified properties.
             * @function create
             * @memberof wx.v1.ModelChunkRequest
             * @static
             * @param {wx.v1.ModelChunkRequest.$Properties=} [properties] Properties to set
             * @returns {wx.v1.ModelChunkRequest} ModelChunkRequest instance
             * @type {{
             *   (properties: wx.v1.ModelChunkRequest.$Shape): wx.v1.ModelChunkRequest & wx.v1.ModelChunkRequest.$Shape;
             *   (properties?: wx.v1.ModelChunkRequest.$Properties): wx.v1.ModelChunkRequest;
             * }}
             */
            ModelChunkRequest.create = function(properties) {
                return new ModelChunkRequest(properties);
            };

            /**
             * Encodes the specified ModelChunkRequest message. Does not implicitly {@link wx.v1.ModelChunkRequest.verify|verify} messages.
             * @function encode
             * @memberof wx.v1.ModelChunkRequest
             * @static
             * @param {wx.v1.ModelChunkRequest.$Properties} m ModelChunkRequest message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ModelChunkRequest.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.deploymentId != null && $Object.hasOwnProperty.call(m, "deploymentId") && m.deploymentId !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.deploymentId);
                if (m.modelId != null && $Object.hasOwnProperty.call(m, "modelId") && m.modelId !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.modelId);
                if (m.version != null && $Object.hasOwnProperty.call(m, "version") && m.version !== "")
                    w.uint32(/* id 3, wireType 2 =*/26).string(m.version);
                if (m.offset != null && $Object.hasOwnProperty.call(m, "offset") && (typeof m.offset === "object" ? m.offset.low || m.offset.high : m.offset !== 0))
                    w.uint32(/* id 4, wireType 0 =*/32).uint64(m.offset);
                if (m.length != null && $Object.hasOwnProperty.call(m, "length") && m.length !== 0)
                    w.uint32(/* id 5, wireType 0 =*/40).uint32(m.length);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified ModelChunkRequest message, length delimited. Does not implicitly {@link wx.v1.ModelChunkRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof wx.v1.ModelChunkRequest
             * @static
             * @param {wx.v1.ModelChunkRequest.$Properties} message ModelChunkRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ModelChunkRequest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a ModelChunkRequest message from the specified reader or buffer.
             * @function decode
             * @memberof wx.v1.ModelChunkRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {wx.v1.ModelChunkRequest & wx.v1.ModelChunkRequest.$Shape} ModelChunkRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ModelChunkRequest.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.wx.v1.ModelChunkRequest();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.deploymentId = v;
                            else
                                delete m.deploymentId;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.modelId = v;
                            else
                                delete m.modelId;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.version = v;
                            else
                                delete m.version;
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.offset = v;
                            else
                                delete m.offset;
                            continue;
                        }
                    case 5: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.length = v;
                            else
                                delete m.length;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes a ModelChunkRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof wx.v1.ModelChunkRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {wx.v1.ModelChunkRequest & wx.v1.ModelChunkRequest.$Shape} ModelChunkRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ModelChunkRequest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a ModelChunkRequest message.
             * @function verify
             * @memberof wx.v1.ModelChunkRequest
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ModelChunkRequest.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.deploymentId != null && $Object.hasOwnProperty.call(m, "deploymentId")) {
                    if (!$util.isString(m.deploymentId))
                        return "deploymentId: string expected";
                }
                if (m.modelId != null && $Object.hasOwnProperty.call(m, "modelId")) {
                    if (!$util.isString(m.modelId))
                        return "modelId: string expected";
                }
                if (m.version != null && $Object.hasOwnProperty.call(m, "version")) {
                    if (!$util.isString(m.version))
                        return "version: string expected";
                }
                if (m.offset != null && $Object.hasOwnProperty.call(m, "offset")) {
                    if (!$util.isInteger(m.offset) && !(m.offset && $util.isInteger(m.offset.low) && $util.isInteger(m.offset.high)))
                        return "offset: integer|Long expected";
                }
                if (m.length != null && $Object.hasOwnProperty.call(m, "length")) {
                    if (!$util.isInteger(m.length))
                        return "length: integer expected";
                }
                return null;
            };

            /**
             * Creates a ModelChunkRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof wx.v1.ModelChunkRequest
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {wx.v1.ModelChunkRequest} ModelChunkRequest
             */
            ModelChunkRequest.fromObject = function (d, q) {
                if (d instanceof $root.wx.v1.ModelChunkRequest)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".wx.v1.ModelChunkRequest: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.wx.v1.ModelChunkRequest();
                if (d.deploymentId != null) {
                    if (typeof d.deploymentId !== "string" || d.deploymentId.length) {
                        m.deploymentId = $String(d.deploymentId);
                    }
                }
                if (d.modelId != null) {
                    if (typeof d.modelId !== "string" || d.modelId.length) {
                        m.modelId = $String(d.modelId);
                    }
                }
                if (d.version != null) {
                    if (typeof d.version !== "string" || d.version.length) {
                        m.version = $String(d.version);
                    }
                }
                if (d.offset != null) {
                    if (typeof d.offset === "object" ? d.offset.low || d.offset.high : $Number(d.offset) !== 0) {
                        if ($util.Long)
                            m.offset = $util.Long.fromValue(d.offset, true);
                        else if (typeof d.offset === "string")
                            m.offset = $parseInt(d.offset, 10);
                        else if (typeof d.offset === "number")
                            m.offset = d.offset;
                        else if (typeof d.offset === "object")
                            m.offset = new $util.LongBits(d.offset.low >>> 0, d.offset.high >>> 0).toNumber(true);
                    }
                }
                if (d.length != null) {
                    if ($Number(d.length) !== 0) {
                        m.length = d.length >>> 0;
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a ModelChunkRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof wx.v1.ModelChunkRequest
             * @static
             * @param {wx.v1.ModelChunkRequest} m ModelChunkRequest
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ModelChunkRequest.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.deploymentId = "";
                    d.modelId = "";
                    d.version = "";
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.offset = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.offset = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.length = 0;
                }
                if (m.deploymentId != null && $Object.hasOwnProperty.call(m, "deploymentId")) {
                    d.deploymentId = m.deploymentId;
                }
                if (m.modelId != null && $Object.hasOwnProperty.call(m, "modelId")) {
                    d.modelId = m.modelId;
                }
                if (m.version != null && $Object.hasOwnProperty.call(m, "version")) {
                    d.version = m.version;
                }
                if (m.offset != null && $Object.hasOwnProperty.call(m, "offset")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.offset = typeof m.offset === "number" ? $BigInt(m.offset) : $util.Long.fromBits(m.offset.low >>> 0, m.offset.high >>> 0, true).toBigInt();
                    else if (typeof m.offset === "number")
                        d.offset = o.longs === $String ? $String(m.offset) : m.offset;
                    else
                        d.offset = o.longs === $String ? $util.Long.prototype.toString.call(m.offset) : o.longs === $Number ? new $util.LongBits(m.offset.low >>> 0, m.offset.high >>> 0).toNumber(true) : m.offset;
                }
                if (m.length != null && $Object.hasOwnProperty.call(m, "length")) {
                    d.length = m.length;
                }
                return d;
            };

            /**
             * Converts this ModelChunkRequest to JSON.
             * @function toJSON
             * @memberof wx.v1.ModelChunkRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ModelChunkRequest.prototype.toJSON = function() {
                return ModelChunkRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ModelChunkRequest
             * @function getTypeUrl
             * @memberof wx.v1.ModelChunkRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ModelChunkRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/wx.v1.ModelChunkRequest";
            };

            return ModelChunkRequest;
        })();

        v1.ModelChunk = (function() {

            /**
             * Properties of a ModelChunk.
             * @typedef {Object} wx.v1.ModelChunk.$Properties
             * @property {string|null} [modelId] ModelChunk modelId
             * @property {string|null} [version] ModelChunk version
             * @property {number|null} [offset] ModelChunk offset
             * @property {Uint8Array|null} [data] ModelChunk data
             * @property {number|null} [totalSize] ModelChunk totalSize
             * @property {string|null} [error] ModelChunk error
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ModelChunk.
             * @memberof wx.v1
             * @interface IModelChunk
             * @augments wx.v1.ModelChunk.$Properties
             * @deprecated Use wx.v1.ModelChunk.$Properties instead.
             */

            /**
             * Shape of a ModelChunk.
             * @typedef {wx.v1.ModelChunk.$Properties} wx.v1.ModelChunk.$Shape
             */

            /**
             * Constructs a new ModelChunk.
             * @memberof wx.v1
             * @classdesc Represents a ModelChunk.
             * @constructor
             * @param {wx.v1.ModelChunk.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ModelChunk = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * ModelChunk modelId.
             * @member {string} modelId
             * @memberof wx.v1.ModelChunk
             * @instance
             */
            ModelChunk.prototype.modelId = "";

            /**
             * ModelChunk version.
             * @member {string} version
             * @memberof wx.v1.ModelChunk
             * @instance
             */
            ModelChunk.prototype.version = "";

            /**
             * ModelChunk offset.
             * @member {number} offset
             * @memberof wx.v1.ModelChunk
             * @instance
             */
            ModelChunk.prototype.offset = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * ModelChunk data.
             * @member {Uint8Array} data
             * @memberof wx.v1.ModelChunk
             * @instance
             */
            ModelChunk.prototype.data = $util.newBuffer([]);

            /**
             * ModelChunk totalSize.
             * @member {number} totalSize
             * @memberof wx.v1.ModelChunk
             * @instance
             */
            ModelChunk.prototype.totalSize = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * ModelChunk error.
             * @member {string} error
             * @memberof wx.v1.ModelChunk
             * @instance
             */
            ModelChunk.prototype.error = "";

            /**
             * Creates a new ModelChunk instance using the specified properties.
             * @function create
             * @memberof wx.v1.ModelChunk
             * @static
             * @param {wx.v1.ModelChunk.$Properties=} [properties] Properties to set
             * @returns {wx.v1.ModelChunk} ModelChunk instance
             * @type {{
             *   (properties: wx.v1.ModelChunk.$Shape): wx.v1.ModelChunk & wx.v1.ModelChunk.$Shape;
             *   (properties?: wx.v1.ModelChunk.$Properties): wx.v1.ModelChunk;
             * }}
             */
            ModelChunk.create = function(properties) {
                return new ModelChunk(properties);
            };

            /**
             * Encodes the specified ModelChunk message. Does not implicitly {@link wx.v1.ModelChunk.verify|verify} messages.
             * @function encode
             * @memberof wx.v1.ModelChunk
             * @static
             * @param {wx.v1.ModelChunk.$Properties} m ModelChunk message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ModelChunk.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.modelId != null && $Object.hasOwnProperty.call(m, "modelId") && m.modelId !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.modelId);
                if (m.version != null && $Object.hasOwnProperty.call(m, "version") && m.version !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.version);
                if (m.offset != null && $Object.hasOwnProperty.call(m, "offset") && (typeof m.offset === "object" ? m.offset.low || m.offset.high : m.offset !== 0))
                    w.uint32(/* id 3, wireType 0 =*/24).uint64(m.offset);
                if (m.data != null && $Object.hasOwnProperty.call(m, "data") && m.data.length)
                    w.uint32(/* id 4, wireType 2 =*/34).bytes(m.data);
                if (m.totalSize != null && $Object.hasOwnProperty.call(m, "totalSize") && (typeof m.totalSize === "object" ? m.totalSize.low || m.totalSize.high : m.totalSize !== 0))
                    w.uint32(/* id 5, wireType 0 =*/40).uint64(m.totalSize);
                if (m.error != null && $Object.hasOwnProperty.call(m, "error") && m.error !== "")
                    w.uint32(/* id 6, wireType 2 =*/50).string(m.error);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified ModelChunk message, length delimited. Does not implicitly {@link wx.v1.ModelChunk.verify|verify} messages.
             * @function encodeDelimited
             * @memberof wx.v1.ModelChunk
             * @static
             * @param {wx.v1.ModelChunk.$Properties} message ModelChunk message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ModelChunk.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a ModelChunk message from the specified reader or buffer.
             * @function decode
             * @memberof wx.v1.ModelChunk
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {wx.v1.ModelChunk & wx.v1.ModelChunk.$Shape} ModelChunk
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ModelChunk.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.wx.v1.ModelChunk();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.modelId = v;
                            else
                                delete m.modelId;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.version = v;
                            else
                                delete m.version;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.offset = v;
                            else
                                delete m.offset;
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.data = v;
                            else
                                delete m.data;
                            continue;
                        }
                    case 5: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.totalSize = v;
                            else
                                delete m.totalSize;
                            continue;
                        }
                    case 6: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.error = v;
                            else
                                delete m.error;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes a ModelChunk message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof wx.v1.ModelChunk
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {wx.v1.ModelChunk & wx.v1.ModelChunk.$Shape} ModelChunk
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ModelChunk.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a ModelChunk message.
             * @function verify
             * @memberof wx.v1.ModelChunk
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ModelChunk.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.modelId != null && $Object.hasOwnProperty.call(m, "modelId")) {
                    if (!$util.isString(m.modelId))
                        return "modelId: string expected";
                }
                if (m.version != null && $Object.hasOwnProperty.call(m, "version")) {
                    if (!$util.isString(m.version))
                        return "version: string expected";
                }
                if (m.offset != null && $Object.hasOwnProperty.call(m, "offset")) {
                    if (!$util.isInteger(m.offset) && !(m.offset && $util.isInteger(m.offset.low) && $util.isInteger(m.offset.high)))
                        return "offset: integer|Long expected";
                }
                if (m.data != null && $Object.hasOwnProperty.call(m, "data")) {
                    if (!(m.data && typeof m.data.length === "number" || $util.isString(m.data)))
                        return "data: buffer expected";
                }
                if (m.totalSize != null && $Object.hasOwnProperty.call(m, "totalSize")) {
                    if (!$util.isInteger(m.totalSize) && !(m.totalSize && $util.isInteger(m.totalSize.low) && $util.isInteger(m.totalSize.high)))
                        return "totalSize: integer|Long expected";
                }
                if (m.error != null && $Object.hasOwnProperty.call(m, "error")) {
                    if (!$util.isString(m.error))
                        return "error: string expected";
                }
                return null;
            };

            /**
             * Creates a ModelChunk message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof wx.v1.ModelChunk
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {wx.v1.ModelChunk} ModelChunk
             */
            ModelChunk.fromObject = function (d, q) {
                if (d instanceof $root.wx.v1.ModelChunk)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".wx.v1.ModelChunk: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.wx.v1.ModelChunk();
                if (d.modelId != null) {
                    if (typeof d.modelId !== "string" || d.modelId.length) {
                        m.modelId = $String(d.modelId);
                    }
                }
                if (d.version != null) {
                    if (typeof d.version !== "string" || d.version.length) {
                        m.version = $String(d.version);
                    }
                }
                if (d.offset != null) {
                    if (typeof d.offset === "object" ? d.offset.low || d.offset.high : $Number(d.offset) !== 0) {
                        if ($util.Long)
                            m.offset = $util.Long.fromValue(d.offset, true);
                        else if (typeof d.offset === "string")
                            m.offset = $parseInt(d.offset, 10);
                        else if (typeof d.offset === "number")
                            m.offset = d.offset;
                        else if (typeof d.offset === "object")
                            m.offset = new $util.LongBits(d.offset.low >>> 0, d.offset.high >>> 0).toNumber(true);
                    }
                }
                if (d.data != null) {
                    if (d.data.length) {
                        if (typeof d.data === "string")
                            $util.base64.decode(d.data, m.data = $util.newBuffer($util.base64.length(d.data)), 0);
                        else if (d.data.length >= 0)
                            m.data = d.data;
                    }
                }
                if (d.totalSize != null) {
                    if (typeof d.totalSize === "object" ? d.totalSize.low || d.totalSize.high : $Number(d.totalSize) !== 0) {
                        if ($util.Long)
                            m.totalSize = $util.Long.fromValue(d.totalSize, true);
                        else if (typeof d.totalSize === "string")
                            m.totalSize = $parseInt(d.totalSize, 10);
                        else if (typeof d.totalSize === "number")
                            m.totalSize = d.totalSize;
                        else if (typeof d.totalSize === "object")
                            m.totalSize = new $util.LongBits(d.totalSize.low >>> 0, d.totalSize.high >>> 0).toNumber(true);
                    }
                }
                if (d.error != null) {
                    if (typeof d.error !== "string" || d.error.length) {
                        m.error = $String(d.error);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a ModelChunk message. Also converts values to other types if specified.
             * @function toObject
             * @memberof wx.v1.ModelChunk
             * @static
             * @param {wx.v1.ModelChunk} m ModelChunk
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ModelChunk.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.modelId = "";
                    d.version = "";
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.offset = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.offset = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if (o.bytes === $String)
                        d.data = "";
                    else {
                        d.data = [];
                        if (o.bytes !== $Array)
                            d.data = $util.newBuffer(d.data);
                    }
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.totalSize = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.totalSize = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.error = "";
                }
                if (m.modelId != null && $Object.hasOwnProperty.call(m, "modelId")) {
                    d.modelId = m.modelId;
                }
                if (m.version != null && $Object.hasOwnProperty.call(m, "version")) {
                    d.version = m.version;
                }
                if (m.offset != null && $Object.hasOwnProperty.call(m, "offset")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.offset = typeof m.offset === "number" ? $BigInt(m.offset) : $util.Long.fromBits(m.offset.low >>> 0, m.offset.high >>> 0, true).toBigInt();
                    else if (typeof m.offset === "number")
                        d.offset = o.longs === $String ? $String(m.offset) : m.offset;
                    else
                        d.offset = o.longs === $String ? $util.Long.prototype.toString.call(m.offset) : o.longs === $Number ? new $util.LongBits(m.offset.low >>> 0, m.offset.high >>> 0).toNumber(true) : m.offset;
                }
                if (m.data != null && $Object.hasOwnProperty.call(m, "data")) {
                    d.data = o.bytes === $String ? $util.base64.encode(m.data, 0, m.data.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.data) : m.data;
                }
                if (m.totalSize != null && $Object.hasOwnProperty.call(m, "totalSize")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.totalSize = typeof m.totalSize === "number" ? $BigInt(m.totalSize) : $util.Long.fromBits(m.totalSize.low >>> 0, m.totalSize.high >>> 0, true).toBigInt();
                    else if (typeof m.totalSize === "number")
                        d.totalSize = o.longs === $String ? $String(m.totalSize) : m.totalSize;
                    else
                        d.totalSize = o.longs === $String ? $util.Long.prototype.toString.call(m.totalSize) : o.longs === $Number ? new $util.LongBits(m.totalSize.low >>> 0, m.totalSize.high >>> 0).toNumber(true) : m.totalSize;
                }
                if (m.error != null && $Object.hasOwnProperty.call(m, "error")) {
                    d.error = m.error;
                }
                return d;
            };

            /**
             * Converts this ModelChunk to JSON.
             * @function toJSON
             * @memberof wx.v1.ModelChunk
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ModelChunk.prototype.toJSON = function() {
                return ModelChunk.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ModelChunk
             * @function getTypeUrl
             * @memberof wx.v1.ModelChunk
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ModelChunk.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/wx.v1.ModelChunk";
            };

            return ModelChunk;
        })();

        /**
         * ModelUpdateState enum.
         * @name wx.v1.ModelUpdateState
         * @enum {number}
         * @property {number} MODEL_UPDATE_STATE_UNSPECIFIED=0 MODEL_UPDATE_STATE_UNSPECIFIED value
         * @property {number} MODEL_UPDATE_PENDING=1 MODEL_UPDATE_PENDING value
         * @property {number} MODEL_UPDATE_DOWNLOADING=2 MODEL_UPDATE_DOWNLOADING value
         * @property {number} MODEL_UPDATE_VERIFYING=3 MODEL_UPDATE_VERIFYING value
         * @property {number} MODEL_UPDATE_ACTIVE=4 MODEL_UPDATE_ACTIVE value
         * @property {number} MODEL_UPDATE_FAILED=5 MODEL_UPDATE_FAILED value
         * @property {number} MODEL_UPDATE_ROLLED_BACK=6 MODEL_UPDATE_ROLLED_BACK value
         */
        v1.ModelUpdateState = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "MODEL_UPDATE_STATE_UNSPECIFIED"] = 0;
            values[valuesById[1] = "MODEL_UPDATE_PENDING"] = 1;
            values[valuesById[2] = "MODEL_UPDATE_DOWNLOADING"] = 2;
            values[valuesById[3] = "MODEL_UPDATE_VERIFYING"] = 3;
            values[valuesById[4] = "MODEL_UPDATE_ACTIVE"] = 4;
            values[valuesById[5] = "MODEL_UPDATE_FAILED"] = 5;
            values[valuesById[6] = "MODEL_UPDATE_ROLLED_BACK"] = 6;
            return values;
        })();

        v1.ModelUpdateReport = (function() {

            /**
             * Properties of a ModelUpdateReport.
             * @typedef {Object} wx.v1.ModelUpdateReport.$Properties
             * @property {string|null} [deviceId] ModelUpdateReport deviceId
             * @property {string|null} [deploymentId] ModelUpdateReport deploymentId
             * @property {string|null} [modelId] ModelUpdateReport modelId
             * @property {string|null} [version] ModelUpdateReport version
             * @property {wx.v1.ModelUpdateState|null} [state] ModelUpdateReport state
             * @property {string|null} [reason] ModelUpdateReport reason
             * @property {string|null} [activeVersion] ModelUpdateReport activeVersion
             * @property {number|null} [timeMs] ModelUpdateReport timeMs
             * @property {number|null} [bytesReceived] ModelUpdateReport bytesReceived
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ModelUpdateReport.
             * @memberof wx.v1
             * @interface IModelUpdateReport
             * @augments wx.v1.ModelUpdateReport.$Properties
             * @deprecated Use wx.v1.ModelUpdateReport.$Properties instead.
             */

            /**
             * Shape of a ModelUpdateReport.
             * @typedef {wx.v1.ModelUpdateReport.$Properties} wx.v1.ModelUpdateReport.$Shape
             */

            /**
             * Constructs a new ModelUpdateReport.
             * @memberof wx.v1
             * @classdesc Represents a ModelUpdateReport.
             * @constructor
             * @param {wx.v1.ModelUpdateReport.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ModelUpdateReport = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * ModelUpdateReport deviceId.
             * @member {string} deviceId
             * @memberof wx.v1.ModelUpdateReport
             * @instance
             */
            ModelUpdateReport.prototype.deviceId = "";

            /**
             * ModelUpdateReport deploymentId.
             * @member {string} deploymentId
             * @memberof wx.v1.ModelUpdateReport
             * @instance
             */
            ModelUpdateReport.prototype.deploymentId = "";

            /**
             * ModelUpdateReport modelId.
             * @member {string} modelId
             * @memberof wx.v1.ModelUpdateReport
             * @instance
             */
            ModelUpdateReport.prototype.modelId = "";

            /**
             * ModelUpdateReport version.
             * @member {string} version
             * @memberof wx.v1.ModelUpdateReport
             * @instance
             */
            ModelUpdateReport.prototype.version = "";

            /**
             * ModelUpdateReport state.
             * @member {wx.v1.ModelUpdateState} state
             * @memberof wx.v1.ModelUpdateReport
             * @instance
             */
            ModelUpdateReport.prototype.state = 0;

            /**
             * ModelUpdateReport reason.
             * @member {string} reason
             * @memberof wx.v1.ModelUpdateReport
             * @instance
             */
            ModelUpdateReport.prototype.reason = "";

            /**
             * ModelUpdateReport activeVersion.
             * @member {string} activeVersion
             * @memberof wx.v1.ModelUpdateReport
             * @instance
             */
            ModelUpdateReport.prototype.activeVersion = "";

            /**
             * ModelUpdateReport timeMs.
             * @member {number} timeMs
             * @memberof wx.v1.ModelUpdateReport
             * @instance
             */
            ModelUpdateReport.prototype.timeMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * ModelUpdateReport bytesReceived.
             * @member {number} bytesReceived
             * @memberof wx.v1.ModelUpdateReport
             * @instance
             */
            ModelUpdateReport.prototype.bytesReceived = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new ModelUpdateReport instance using the specified properties.
             * @function create
             * @memberof wx.v1.ModelUpdateReport
             * @static
             * @param {wx.v1.ModelUpdateReport.$Properties=} [properties] Properties to set
             * @returns {wx.v1.ModelUpdateReport} ModelUpdateReport instance
             * @type {{
             *   (properties: wx.v1.ModelUpdateReport.$Shape): wx.v1.ModelUpdateReport & wx.v1.ModelUpdateReport.$Shape;
             *   (properties?: wx.v1.ModelUpdateReport.$Properties): wx.v1.ModelUpdateReport;
             * }}
             */
            ModelUpdateReport.create = function(properties) {
                return new ModelUpdateReport(properties);
            };

            /**
             * Encodes the specified ModelUpdateReport message. Does not implicitly {@link wx.v1.ModelUpdateReport.verify|verify} messages.
             * @function encode
             * @memberof wx.v1.ModelUpdateReport
             * @static
             * @param {wx.v1.ModelUpdateReport.$Properties} m ModelUpdateReport message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ModelUpdateReport.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.deviceId != null && $Object.hasOwnProperty.call(m, "deviceId") && m.deviceId !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.deviceId);
                if (m.deploymentId != null && $Object.hasOwnProperty.call(m, "deploymentId") && m.deploymentId !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.deploymentId);
                if (m.modelId != null && $Object.hasOwnProperty.call(m, "modelId") && m.modelId !== "")
                    w.uint32(/* id 3, wireType 2 =*/26).string(m.modelId);
                if (m.version != null && $Object.hasOwnProperty.call(m, "version") && m.version !== "")
                    w.uint32(/* id 4, wireType 2 =*/34).string(m.version);
                if (m.state != null && $Object.hasOwnProperty.call(m, "state") && m.state !== 0)
                    w.uint32(/* id 5, wireType 0 =*/40).int32(m.state);
                if (m.reason != null && $Object.hasOwnProperty.call(m, "reason") && m.reason !== "")
                    w.uint32(/* id 6, wireType 2 =*/50).string(m.reason);
                if (m.activeVersion != null && $Object.hasOwnProperty.call(m, "activeVersion") && m.activeVersion !== "")
                    w.uint32(/* id 7, wireType 2 =*/58).string(m.activeVersion);
                if (m.timeMs != null && $Object.hasOwnProperty.call(m, "timeMs") && (typeof m.timeMs === "object" ? m.timeMs.low || m.timeMs.high : m.timeMs !== 0))
                    w.uint32(/* id 8, wireType 0 =*/64).int64(m.timeMs);
                if (m.bytesReceived != null && $Object.hasOwnProperty.call(m, "bytesReceived") && (typeof m.bytesReceived === "object" ? m.bytesReceived.low || m.bytesReceived.high : m.bytesReceived !== 0))
                    w.uint32(/* id 9, wireType 0 =*/72).uint64(m.bytesReceived);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified ModelUpdateReport message, length delimited. Does not implicitly {@link wx.v1.ModelUpdateReport.verify|verify} messages.
             * @function encodeDelimited
             * @memberof wx.v1.ModelUpdateReport
             * @static
             * @param {wx.v1.ModelUpdateReport.$Properties} message ModelUpdateReport message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ModelUpdateReport.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a ModelUpdateReport message from the specified reader or buffer.
             * @function decode
             * @memberof wx.v1.ModelUpdateReport
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {wx.v1.ModelUpdateReport & wx.v1.ModelUpdateReport.$Shape} ModelUpdateReport
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ModelUpdateReport.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.wx.v1.ModelUpdateReport();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.deviceId = v;
                            else
                                delete m.deviceId;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.deploymentId = v;
                            else
                                delete m.deploymentId;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.modelId = v;
                            else
                                delete m.modelId;
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.version = v;
                            else
                                delete m.version;
                            continue;
                        }
                    case 5: {
                            if (u !== 0)
                                break;
                            if (v = r.int32())
                                m.state = v;
                            else
                                delete m.state;
                            continue;
                        }
                    case 6: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.reason = v;
                            else
                                delete m.reason;
                            continue;
                        }
                    case 7: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.activeVersion = v;
                            else
                                delete m.activeVersion;
                            continue;
                        }
                    case 8: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.timeMs = v;
                            else
                                delete m.timeMs;
                            continue;
                        }
                    case 9: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.bytesReceived = v;
                            else
                                delete m.bytesReceived;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes a ModelUpdateReport message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof wx.v1.ModelUpdateReport
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {wx.v1.ModelUpdateReport & wx.v1.ModelUpdateReport.$Shape} ModelUpdateReport
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ModelUpdateReport.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a ModelUpdateReport message.
             * @function verify
             * @memberof wx.v1.ModelUpdateReport
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ModelUpdateReport.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.deviceId != null && $Object.hasOwnProperty.call(m, "deviceId")) {
                    if (!$util.isString(m.deviceId))
                        return "deviceId: string expected";
                }
                if (m.deploymentId != null && $Object.hasOwnProperty.call(m, "deploymentId")) {
                    if (!$util.isString(m.deploymentId))
                        return "deploymentId: string expected";
                }
                if (m.modelId != null && $Object.hasOwnProperty.call(m, "modelId")) {
                    if (!$util.isString(m.modelId))
                        return "modelId: string expected";
                }
                if (m.version != null && $Object.hasOwnProperty.call(m, "version")) {
                    if (!$util.isString(m.version))
                        return "version: string expected";
                }
                if (m.state != null && $Object.hasOwnProperty.call(m, "state")) {
                    if (typeof m.state !== "number" || (m.state | 0) !== m.state)
                        return "state: enum value expected";
                }
                if (m.reason != null && $Object.hasOwnProperty.call(m, "reason")) {
                    if (!$util.isString(m.reason))
                        return "reason: string expected";
                }
                if (m.activeVersion != null && $Object.hasOwnProperty.call(m, "activeVersion")) {
                    if (!$util.isString(m.activeVersion))
                        return "activeVersion: string expected";
                }
                if (m.timeMs != null && $Object.hasOwnProperty.call(m, "timeMs")) {
                    if (!$util.isInteger(m.timeMs) && !(m.timeMs && $util.isInteger(m.timeMs.low) && $util.isInteger(m.timeMs.high)))
                        return "timeMs: integer|Long expected";
                }
                if (m.bytesReceived != null && $Object.hasOwnProperty.call(m, "bytesReceived")) {
                    if (!$util.isInteger(m.bytesReceived) && !(m.bytesReceived && $util.isInteger(m.bytesReceived.low) && $util.isInteger(m.bytesReceived.high)))
                        return "bytesReceived: integer|Long expected";
                }
                return null;
            };

            /**
             * Creates a ModelUpdateReport message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof wx.v1.ModelUpdateReport
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {wx.v1.ModelUpdateReport} ModelUpdateReport
             */
            ModelUpdateReport.fromObject = function (d, q) {
                if (d instanceof $root.wx.v1.ModelUpdateReport)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".wx.v1.ModelUpdateReport: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.wx.v1.ModelUpdateReport();
                if (d.deviceId != null) {
                    if (typeof d.deviceId !== "string" || d.deviceId.length) {
                        m.deviceId = $String(d.deviceId);
                    }
                }
                if (d.deploymentId != null) {
                    if (typeof d.deploymentId !== "string" || d.deploymentId.length) {
                        m.deploymentId = $String(d.deploymentId);
                    }
                }
                if (d.modelId != null) {
                    if (typeof d.modelId !== "string" || d.modelId.length) {
                        m.modelId = $String(d.modelId);
                    }
                }
                if (d.version != null) {
                    if (typeof d.version !== "string" || d.version.length) {
                        m.version = $String(d.version);
                    }
                }
                if (d.state !== 0 && (typeof d.state !== "string" || $root.wx.v1.ModelUpdateState[d.state] !== 0)) {
                    switch (d.state) {
                    case "MODEL_UPDATE_STATE_UNSPECIFIED":
                    case 0:
                        m.state = 0;
                        break;
                    case "MODEL_UPDATE_PENDING":
                    case 1:
                        m.state = 1;
                        break;
                    case "MODEL_UPDATE_DOWNLOADING":
                    case 2:
                        m.state = 2;
                        break;
                    case "MODEL_UPDATE_VERIFYING":
                    case 3:
                        m.state = 3;
                        break;
                    case "MODEL_UPDATE_ACTIVE":
                    case 4:
                        m.state = 4;
                        break;
                    case "MODEL_UPDATE_FAILED":
                    case 5:
                        m.state = 5;
                        break;
                    case "MODEL_UPDATE_ROLLED_BACK":
                    case 6:
                        m.state = 6;
                        break;
                    default:
                        if (typeof d.state === "number" && (d.state | 0) === d.state)
                            m.state = d.state;
                    }
                }
                if (d.reason != null) {
                    if (typeof d.reason !== "string" || d.reason.length) {
                        m.reason = $String(d.reason);
                    }
                }
                if (d.activeVersion != null) {
                    if (typeof d.activeVersion !== "string" || d.activeVersion.length) {
                        m.activeVersion = $String(d.activeVersion);
                    }
                }
                if (d.timeMs != null) {
                    if (typeof d.timeMs === "object" ? d.timeMs.low || d.timeMs.high : $Number(d.timeMs) !== 0) {
                        if ($util.Long)
                            m.timeMs = $util.Long.fromValue(d.timeMs, false);
                        else if (typeof d.timeMs === "string")
                            m.timeMs = $parseInt(d.timeMs, 10);
                        else if (typeof d.timeMs === "number")
                            m.timeMs = d.timeMs;
                        else if (typeof d.timeMs === "object")
                            m.timeMs = new $util.LongBits(d.timeMs.low >>> 0, d.timeMs.high >>> 0).toNumber();
                    }
                }
                if (d.bytesReceived != null) {
                    if (typeof d.bytesReceived === "object" ? d.bytesReceived.low || d.bytesReceived.high : $Number(d.bytesReceived) !== 0) {
                        if ($util.Long)
                            m.bytesReceived = $util.Long.fromValue(d.bytesReceived, true);
                        else if (typeof d.bytesReceived === "string")
                            m.bytesReceived = $parseInt(d.bytesReceived, 10);
                        else if (typeof d.bytesReceived === "number")
                            m.bytesReceived = d.bytesReceived;
                        else if (typeof d.bytesReceived === "object")
                            m.bytesReceived = new $util.LongBits(d.bytesReceived.low >>> 0, d.bytesReceived.high >>> 0).toNumber(true);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a ModelUpdateReport message. Also converts values to other types if specified.
             * @function toObject
             * @memberof wx.v1.ModelUpdateReport
             * @static
             * @param {wx.v1.ModelUpdateReport} m ModelUpdateReport
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ModelUpdateReport.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.deviceId = "";
                    d.deploymentId = "";
                    d.modelId = "";
                    d.version = "";
                    d.state = o.enums === $String ? "MODEL_UPDATE_STATE_UNSPECIFIED" : 0;
                    d.reason = "";
                    d.activeVersion = "";
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.timeMs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.timeMs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.bytesReceived = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.bytesReceived = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (m.deviceId != null && $Object.hasOwnProperty.call(m, "deviceId")) {
                    d.deviceId = m.deviceId;
                }
                if (m.deploymentId != null && $Object.hasOwnProperty.call(m, "deploymentId")) {
                    d.deploymentId = m.deploymentId;
                }
                if (m.modelId != null && $Object.hasOwnProperty.call(m, "modelId")) {
                    d.modelId = m.modelId;
                }
                if (m.version != null && $Object.hasOwnProperty.call(m, "version")) {
                    d.version = m.version;
                }
                if (m.state != null && $Object.hasOwnProperty.call(m, "state")) {
                    d.state = o.enums === $String ? $root.wx.v1.ModelUpdateState[m.state] === $undefined ? m.state : $root.wx.v1.ModelUpdateState[m.state] : m.state;
                }
                if (m.reason != null && $Object.hasOwnProperty.call(m, "reason")) {
                    d.reason = m.reason;
                }
                if (m.activeVersion != null && $Object.hasOwnProperty.call(m, "activeVersion")) {
                    d.activeVersion = m.activeVersion;
                }
                if (m.timeMs != null && $Object.hasOwnProperty.call(m, "timeMs")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.timeMs = typeof m.timeMs === "number" ? $BigInt(m.timeMs) : $util.Long.fromBits(m.timeMs.low >>> 0, m.timeMs.high >>> 0, false).toBigInt();
                    else if (typeof m.timeMs === "number")
                        d.timeMs = o.longs === $String ? $String(m.timeMs) : m.timeMs;
                    else
                        d.timeMs = o.longs === $String ? $util.Long.prototype.toString.call(m.timeMs) : o.longs === $Number ? new $util.LongBits(m.timeMs.low >>> 0, m.timeMs.high >>> 0).toNumber() : m.timeMs;
                }
                if (m.bytesReceived != null && $Object.hasOwnProperty.call(m, "bytesReceived")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.bytesReceived = typeof m.bytesReceived === "number" ? $BigInt(m.bytesReceived) : $util.Long.fromBits(m.bytesReceived.low >>> 0, m.bytesReceived.high >>> 0, true).toBigInt();
                    else if (typeof m.bytesReceived === "number")
                        d.bytesReceived = o.longs === $String ? $String(m.bytesReceived) : m.bytesReceived;
                    else
                        d.bytesReceived = o.longs === $String ? $util.Long.prototype.toString.call(m.bytesReceived) : o.longs === $Number ? new $util.LongBits(m.bytesReceived.low >>> 0, m.bytesReceived.high >>> 0).toNumber(true) : m.bytesReceived;
                }
                return d;
            };

            /**
             * Converts this ModelUpdateReport to JSON.
             * @function toJSON
             * @memberof wx.v1.ModelUpdateReport
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ModelUpdateReport.prototype.toJSON = function() {
                return ModelUpdateReport.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ModelUpdateReport
             * @function getTypeUrl
             * @memberof wx.v1.ModelUpdateReport
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ModelUpdateReport.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/wx.v1.ModelUpdateReport";
            };

            return ModelUpdateReport;
        })();

        return v1;
    })();

    return wx;
})();

export {
  $root as default
};
