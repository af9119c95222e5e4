/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $Number = $util.global.Number, $String = $util.global.String, $isFinite = $util.global.isFinite, $Array = $util.global.Array, $parseInt = $util.global.parseInt, $Boolean = $util.global.Boolean, $BigInt = $util.global.BigInt;

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

        return v1;
    })();

    return wx;
})();

export {
  $root as default
};
