/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $Array = $util.global.Array, $TypeError = $util.global.TypeError, $Number = $util.global.Number, $isFinite = $util.global.isFinite, $String = $util.global.String, $parseInt = $util.global.parseInt, $BigInt = $util.global.BigInt, $Boolean = $util.global.Boolean;

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

        v1.PointForecastRequest = (function() {

            /**
             * Properties of a PointForecastRequest.
             * @typedef {Object} wx.v1.PointForecastRequest.$Properties
             * @property {number|null} [latDeg] PointForecastRequest latDeg
             * @property {number|null} [lonDeg] PointForecastRequest lonDeg
             * @property {Array.<number>|null} [quantiles] PointForecastRequest quantiles
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PointForecastRequest.
             * @memberof wx.v1
             * @interface IPointForecastRequest
             * @augments wx.v1.PointForecastRequest.$Properties
             * @deprecated Use wx.v1.PointForecastRequest.$Properties instead.
             */

            /**
             * Shape of a PointForecastRequest.
             * @typedef {wx.v1.PointForecastRequest.$Properties} wx.v1.PointForecastRequest.$Shape
             */

            /**
             * Constructs a new PointForecastRequest.
             * @memberof wx.v1
             * @classdesc Represents a PointForecastRequest.
             * @constructor
             * @param {wx.v1.PointForecastRequest.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PointForecastRequest = function (p) {
                this.quantiles = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * PointForecastRequest latDeg.
             * @member {number} latDeg
             * @memberof wx.v1.PointForecastRequest
             * @instance
             */
            PointForecastRequest.prototype.latDeg = 0;

            /**
             * PointForecastRequest lonDeg.
             * @member {number} lonDeg
             * @memberof wx.v1.PointForecastRequest
             * @instance
             */
            PointForecastRequest.prototype.lonDeg = 0;

            /**
             * PointForecastRequest quantiles.
             * @member {Array.<number>} quantiles
             * @memberof wx.v1.PointForecastRequest
             * @instance
             */
            PointForecastRequest.prototype.quantiles = $util.emptyArray;

            /**
             * Creates a new PointForecastRequest instance using the specified properties.
             * @function create
             * @memberof wx.v1.PointForecastRequest
             * @static
             * @param {wx.v1.PointForecastRequest.$Properties=} [properties] Properties to set
             * @returns {wx.v1.PointForecastRequest} PointForecastRequest instance
             * @type {{
             *   (properties: wx.v1.PointForecastRequest.$Shape): wx.v1.PointForecastRequest & wx.v1.PointForecastRequest.$Shape;
             *   (properties?: wx.v1.PointForecastRequest.$Properties): wx.v1.PointForecastRequest;
             * }}
             */
            PointForecastRequest.create = function(properties) {
                return new PointForecastRequest(properties);
            };

            /**
             * Encodes the specified PointForecastRequest message. Does not implicitly {@link wx.v1.PointForecastRequest.verify|verify} messages.
             * @function encode
             * @memberof wx.v1.PointForecastRequest
             * @static
             * @param {wx.v1.PointForecastRequest.$Properties} m PointForecastRequest message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PointForecastRequest.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.latDeg != null && $Object.hasOwnProperty.call(m, "latDeg") && !$Object.is(m.latDeg, 0))
                    w.uint32(/* id 1, wireType 1 =*/9).double(m.latDeg);
                if (m.lonDeg != null && $Object.hasOwnProperty.call(m, "lonDeg") && !$Object.is(m.lonDeg, 0))
                    w.uint32(/* id 2, wireType 1 =*/17).double(m.lonDeg);
                if (m.quantiles != null && m.quantiles.length) {
                    w.uint32(/* id 3, wireType 2 =*/26).doubles(m.quantiles);
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified PointForecastRequest message, length delimited. Does not implicitly {@link wx.v1.PointForecastRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof wx.v1.PointForecastRequest
             * @static
             * @param {wx.v1.PointForecastRequest.$Properties} message PointForecastRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PointForecastRequest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a PointForecastRequest message from the specified reader or buffer.
             * @function decode
             * @memberof wx.v1.PointForecastRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {wx.v1.PointForecastRequest & wx.v1.PointForecastRequest.$Shape} PointForecastRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PointForecastRequest.decode = function (r, l, z, q, g) {
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
                m = g || new $root.wx.v1.PointForecastRequest();
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
                            if (u !== 1)
                                break;
                            if (!$Object.is(v = r.double(), 0))
                                m.latDeg = v;
                            else
                                delete m.latDeg;
                            continue;
                        }
                    case 2: {
                            if (u !== 1)
                                break;
                            if (!$Object.is(v = r.double(), 0))
                                m.lonDeg = v;
                            else
                                delete m.lonDeg;
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
             * Decodes a PointForecastRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof wx.v1.PointForecastRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {wx.v1.PointForecastRequest & wx.v1.PointForecastRequest.$Shape} PointForecastRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PointForecastRequest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a PointForecastRequest message.
             * @function verify
             * @memberof wx.v1.PointForecastRequest
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            PointForecastRequest.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.latDeg != null && $Object.hasOwnProperty.call(m, "latDeg")) {
                    if (typeof m.latDeg !== "number")
                        return "latDeg: number expected";
                }
                if (m.lonDeg != null && $Object.hasOwnProperty.call(m, "lonDeg")) {
                    if (typeof m.lonDeg !== "number")
                        return "lonDeg: number expected";
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
             * Creates a PointForecastRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof wx.v1.PointForecastRequest
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {wx.v1.PointForecastRequest} PointForecastRequest
             */
            PointForecastRequest.fromObject = function (d, q) {
                if (d instanceof $root.wx.v1.PointForecastRequest)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".wx.v1.PointForecastRequest: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.wx.v1.PointForecastRequest();
                if (d.latDeg != null) {
                    if (!$Object.is($Number(d.latDeg), 0)) {
                        m.latDeg = $Number(d.latDeg);
                    }
                }
                if (d.lonDeg != null) {
                    if (!$Object.is($Number(d.lonDeg), 0)) {
                        m.lonDeg = $Number(d.lonDeg);
                    }
                }
                if (d.quantiles) {
                    if (!$Array.isArray(d.quantiles))
                        throw $TypeError(".wx.v1.PointForecastRequest.quantiles: array expected");
                    m.quantiles = $Array(d.quantiles.length);
                    for (var i = 0; i < d.quantiles.length; ++i) {
                        m.quantiles[i] = $Number(d.quantiles[i]);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a PointForecastRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof wx.v1.PointForecastRequest
             * @static
             * @param {wx.v1.PointForecastRequest} m PointForecastRequest
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            PointForecastRequest.toObject = function (m, o, q) {
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
                    d.latDeg = 0;
                    d.lonDeg = 0;
                }
                if (m.latDeg != null && $Object.hasOwnProperty.call(m, "latDeg")) {
                    d.latDeg = o.json && !$isFinite(m.latDeg) ? $String(m.latDeg) : m.latDeg;
                }
                if (m.lonDeg != null && $Object.hasOwnProperty.call(m, "lonDeg")) {
                    d.lonDeg = o.json && !$isFinite(m.lonDeg) ? $String(m.lonDeg) : m.lonDeg;
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
             * Converts this PointForecastRequest to JSON.
             * @function toJSON
             * @memberof wx.v1.PointForecastRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            PointForecastRequest.prototype.toJSON = function() {
                return PointForecastRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for PointForecastRequest
             * @function getTypeUrl
             * @memberof wx.v1.PointForecastRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            PointForecastRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/wx.v1.PointForecastRequest";
            };

            return PointForecastRequest;
        })();

        v1.QuantileValue = (function() {

            /**
             * Properties of a QuantileValue.
             * @typedef {Object} wx.v1.QuantileValue.$Properties
             * @property {number|null} [level] QuantileValue level
             * @property {number|null} [value] QuantileValue value
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a QuantileValue.
             * @memberof wx.v1
             * @interface IQuantileValue
             * @augments wx.v1.QuantileValue.$Properties
             * @deprecated Use wx.v1.QuantileValue.$Properties instead.
             */

            /**
             * Shape of a QuantileValue.
             * @typedef {wx.v1.QuantileValue.$Properties} wx.v1.QuantileValue.$Shape
             */

            /**
             * Constructs a new QuantileValue.
             * @memberof wx.v1
             * @classdesc Represents a QuantileValue.
             * @constructor
             * @param {wx.v1.QuantileValue.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const QuantileValue = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * QuantileValue level.
             * @member {number} level
             * @memberof wx.v1.QuantileValue
             * @instance
             */
            QuantileValue.prototype.level = 0;

            /**
             * QuantileValue value.
             * @member {number} value
             * @memberof wx.v1.QuantileValue
             * @instance
             */
            QuantileValue.prototype.value = 0;

            /**
             * Creates a new QuantileValue instance using the specified properties.
             * @function create
             * @memberof wx.v1.QuantileValue
             * @static
             * @param {wx.v1.QuantileValue.$Properties=} [properties] Properties to set
             * @returns {wx.v1.QuantileValue} QuantileValue instance
             * @type {{
             *   (properties: wx.v1.QuantileValue.$Shape): wx.v1.QuantileValue & wx.v1.QuantileValue.$Shape;
             *   (properties?: wx.v1.QuantileValue.$Properties): wx.v1.QuantileValue;
             * }}
             */
            QuantileValue.create = function(properties) {
                return new QuantileValue(properties);
            };

            /**
             * Encodes the specified QuantileValue message. Does not implicitly {@link wx.v1.QuantileValue.verify|verify} messages.
             * @function encode
             * @memberof wx.v1.QuantileValue
             * @static
             * @param {wx.v1.QuantileValue.$Properties} m QuantileValue message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            QuantileValue.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.level != null && $Object.hasOwnProperty.call(m, "level") && !$Object.is(m.level, 0))
                    w.uint32(/* id 1, wireType 1 =*/9).double(m.level);
                if (m.value != null && $Object.hasOwnProperty.call(m, "value") && !$Object.is(m.value, 0))
                    w.uint32(/* id 2, wireType 1 =*/17).double(m.value);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified QuantileValue message, length delimited. Does not implicitly {@link wx.v1.QuantileValue.verify|verify} messages.
             * @function encodeDelimited
             * @memberof wx.v1.QuantileValue
             * @static
             * @param {wx.v1.QuantileValue.$Properties} message QuantileValue message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            QuantileValue.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a QuantileValue message from the specified reader or buffer.
             * @function decode
             * @memberof wx.v1.QuantileValue
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {wx.v1.QuantileValue & wx.v1.QuantileValue.$Shape} QuantileValue
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            QuantileValue.decode = function (r, l, z, q, g) {
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
                m = g || new $root.wx.v1.QuantileValue();
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
                            if (u !== 1)
                                break;
                            if (!$Object.is(v = r.double(), 0))
                                m.level = v;
                            else
                                delete m.level;
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
             * Decodes a QuantileValue message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof wx.v1.QuantileValue
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {wx.v1.QuantileValue & wx.v1.QuantileValue.$Shape} QuantileValue
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            QuantileValue.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a QuantileValue message.
             * @function verify
             * @memberof wx.v1.QuantileValue
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            QuantileValue.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.level != null && $Object.hasOwnProperty.call(m, "level")) {
                    if (typeof m.level !== "number")
                        return "level: number expected";
                }
                if (m.value != null && $Object.hasOwnProperty.call(m, "value")) {
                    if (typeof m.value !== "number")
                        return "value: number expected";
                }
                return null;
            };

            /**
             * Creates a QuantileValue message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof wx.v1.QuantileValue
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {wx.v1.QuantileValue} QuantileValue
             */
            QuantileValue.fromObject = function (d, q) {
                if (d instanceof $root.wx.v1.QuantileValue)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".wx.v1.QuantileValue: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.wx.v1.QuantileValue();
                if (d.level != null) {
                    if (!$Object.is($Number(d.level), 0)) {
                        m.level = $Number(d.level);
                    }
                }
                if (d.value != null) {
                    if (!$Object.is($Number(d.value), 0)) {
                        m.value = $Number(d.value);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a QuantileValue message. Also converts values to other types if specified.
             * @function toObject
             * @memberof wx.v1.QuantileValue
             * @static
             * @param {wx.v1.QuantileValue} m QuantileValue
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            QuantileValue.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.level = 0;
                    d.value = 0;
                }
                if (m.level != null && $Object.hasOwnProperty.call(m, "level")) {
                    d.level = o.json && !$isFinite(m.level) ? $String(m.level) : m.level;
                }
                if (m.value != null && $Object.hasOwnProperty.call(m, "value")) {
                    d.value = o.json && !$isFinite(m.value) ? $String(m.value) : m.value;
                }
                return d;
            };

            /**
             * Converts this QuantileValue to JSON.
             * @function toJSON
             * @memberof wx.v1.QuantileValue
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            QuantileValue.prototype.toJSON = function() {
                return QuantileValue.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for QuantileValue
             * @function getTypeUrl
             * @memberof wx.v1.QuantileValue
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            QuantileValue.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/wx.v1.QuantileValue";
            };

            return QuantileValue;
        })();

        v1.VariableForecast = (function() {

            /**
             * Properties of a VariableForecast.
             * @typedef {Object} wx.v1.VariableForecast.$Properties
             * @property {string|null} [variable] VariableForecast variable
             * @property {number|null} [mean] VariableForecast mean
             * @property {Array.<wx.v1.QuantileValue.$Properties>|null} [quantiles] VariableForecast quantiles
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a VariableForecast.
             * @memberof wx.v1
             * @interface IVariableForecast
             * @augments wx.v1.VariableForecast.$Properties
             * @deprecated Use wx.v1.VariableForecast.$Properties instead.
             */

            /**
             * Shape of a VariableForecast.
             * @typedef {wx.v1.VariableForecast.$Properties} wx.v1.VariableForecast.$Shape
             */

            /**
             * Constructs a new VariableForecast.
             * @memberof wx.v1
             * @classdesc Represents a VariableForecast.
             * @constructor
             * @param {wx.v1.VariableForecast.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const VariableForecast = function (p) {
                this.quantiles = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * VariableForecast variable.
             * @member {string} variable
             * @memberof wx.v1.VariableForecast
             * @instance
             */
            VariableForecast.prototype.variable = "";

            /**
             * VariableForecast mean.
             * @member {number} mean
             * @memberof wx.v1.VariableForecast
             * @instance
             */
            VariableForecast.prototype.mean = 0;

            /**
             * VariableForecast quantiles.
             * @member {Array.<wx.v1.QuantileValue.$Properties>} quantiles
             * @memberof wx.v1.VariableForecast
             * @instance
             */
            VariableForecast.prototype.quantiles = $util.emptyArray;

            /**
             * Creates a new VariableForecast instance using the specified properties.
             * @function create
             * @memberof wx.v1.VariableForecast
             * @static
             * @param {wx.v1.VariableForecast.$Properties=} [properties] Properties to set
             * @returns {wx.v1.VariableForecast} VariableForecast instance
             * @type {{
             *   (properties: wx.v1.VariableForecast.$Shape): wx.v1.VariableForecast & wx.v1.VariableForecast.$Shape;
             *   (properties?: wx.v1.VariableForecast.$Properties): wx.v1.VariableForecast;
             * }}
             */
            VariableForecast.create = function(properties) {
                return new VariableForecast(properties);
            };

            /**
             * Encodes the specified VariableForecast message. Does not implicitly {@link wx.v1.VariableForecast.verify|verify} messages.
             * @function encode
             * @memberof wx.v1.VariableForecast
             * @static
             * @param {wx.v1.VariableForecast.$Properties} m VariableForecast message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            VariableForecast.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.variable != null && $Object.hasOwnProperty.call(m, "variable") && m.variable !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.variable);
                if (m.mean != null && $Object.hasOwnProperty.call(m, "mean") && !$Object.is(m.mean, 0))
                    w.uint32(/* id 2, wireType 1 =*/17).double(m.mean);
                if (m.quantiles != null && m.quantiles.length) {
                    for (var i = 0; i < m.quantiles.length; ++i)
                        $root.wx.v1.QuantileValue.encode(m.quantiles[i], w.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified VariableForecast message, length delimited. Does not implicitly {@link wx.v1.VariableForecast.verify|verify} messages.
             * @function encodeDelimited
             * @memberof wx.v1.VariableForecast
             * @static
             * @param {wx.v1.VariableForecast.$Properties} message VariableForecast message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            VariableForecast.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a VariableForecast message from the specified reader or buffer.
             * @function decode
             * @memberof wx.v1.VariableForecast
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {wx.v1.VariableForecast & wx.v1.VariableForecast.$Shape} VariableForecast
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            VariableForecast.decode = function (r, l, z, q, g) {
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
                m = g || new $root.wx.v1.VariableForecast();
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
                                m.variable = v;
                            else
                                delete m.variable;
                            continue;
                        }
                    case 2: {
                            if (u !== 1)
                                break;
                            if (!$Object.is(v = r.double(), 0))
                                m.mean = v;
                            else
                                delete m.mean;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if (!(m.quantiles && m.quantiles.length))
                                m.quantiles = [];
                            m.quantiles.push($root.wx.v1.QuantileValue.decode(r, r.size(), $undefined, q + 1));
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
             * Decodes a VariableForecast message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof wx.v1.VariableForecast
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {wx.v1.VariableForecast & wx.v1.VariableForecast.$Shape} VariableForecast
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            VariableForecast.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a VariableForecast message.
             * @function verify
             * @memberof wx.v1.VariableForecast
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            VariableForecast.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.variable != null && $Object.hasOwnProperty.call(m, "variable")) {
                    if (!$util.isString(m.variable))
                        return "variable: string expected";
                }
                if (m.mean != null && $Object.hasOwnProperty.call(m, "mean")) {
                    if (typeof m.mean !== "number")
                        return "mean: number expected";
                }
                if (m.quantiles != null && $Object.hasOwnProperty.call(m, "quantiles")) {
                    if (!$Array.isArray(m.quantiles))
                        return "quantiles: array expected";
                    for (var i = 0; i < m.quantiles.length; ++i) {
                        {
                            var e = $root.wx.v1.QuantileValue.verify(m.quantiles[i], q + 1);
                            if (e)
                                return "quantiles." + e;
                        }
                    }
                }
                return null;
            };

            /**
             * Creates a VariableForecast message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof wx.v1.VariableForecast
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {wx.v1.VariableForecast} VariableForecast
             */
            VariableForecast.fromObject = function (d, q) {
                if (d instanceof $root.wx.v1.VariableForecast)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".wx.v1.VariableForecast: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.wx.v1.VariableForecast();
                if (d.variable != null) {
                    if (typeof d.variable !== "string" || d.variable.length) {
                        m.variable = $String(d.variable);
                    }
                }
                if (d.mean != null) {
                    if (!$Object.is($Number(d.mean), 0)) {
                        m.mean = $Number(d.mean);
                    }
                }
                if (d.quantiles) {
                    if (!$Array.isArray(d.quantiles))
                        throw $TypeError(".wx.v1.VariableForecast.quantiles: array expected");
                    m.quantiles = $Array(d.quantiles.length);
                    for (var i = 0; i < d.quantiles.length; ++i) {
                        if (!$util.isObject(d.quantiles[i]))
                            throw $TypeError(".wx.v1.VariableForecast.quantiles: object expected");
                        m.quantiles[i] = $root.wx.v1.QuantileValue.fromObject(d.quantiles[i], q + 1);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a VariableForecast message. Also converts values to other types if specified.
             * @function toObject
             * @memberof wx.v1.VariableForecast
             * @static
             * @param {wx.v1.VariableForecast} m VariableForecast
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            VariableForecast.toObject = function (m, o, q) {
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
                    d.variable = "";
                    d.mean = 0;
                }
                if (m.variable != null && $Object.hasOwnProperty.call(m, "variable")) {
                    d.variable = m.variable;
                }
                if (m.mean != null && $Object.hasOwnProperty.call(m, "mean")) {
                    d.mean = o.json && !$isFinite(m.mean) ? $String(m.mean) : m.mean;
                }
                if (m.quantiles && m.quantiles.length) {
                    d.quantiles = $Array(m.quantiles.length);
                    for (var j = 0; j < m.quantiles.length; ++j) {
                        d.quantiles[j] = $root.wx.v1.QuantileValue.toObject(m.quantiles[j], o, q + 1);
                    }
                }
                return d;
            };

            /**
             * Converts this VariableForecast to JSON.
             * @function toJSON
             * @memberof wx.v1.VariableForecast
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            VariableForecast.prototype.toJSON = function() {
                return VariableForecast.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for VariableForecast
             * @function getTypeUrl
             * @memberof wx.v1.VariableForecast
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            VariableForecast.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/wx.v1.VariableForecast";
            };

            return VariableForecast;
        })();

        v1.LeadForecast = (function() {

            /**
             * Properties of a LeadForecast.
             * @typedef {Object} wx.v1.LeadForecast.$Properties
             * @property {number|null} [leadHours] LeadForecast leadHours
             * @property {number|null} [validTimeMs] LeadForecast validTimeMs
             * @property {Array.<wx.v1.VariableForecast.$Properties>|null} [variables] LeadForecast variables
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a LeadForecast.
             * @memberof wx.v1
             * @interface ILeadForecast
             * @augments wx.v1.LeadForecast.$Properties
             * @deprecated Use wx.v1.LeadForecast.$Properties instead.
             */

            /**
             * Shape of a LeadForecast.
             * @typedef {wx.v1.LeadForecast.$Properties} wx.v1.LeadForecast.$Shape
             */

            /**
             * Constructs a new LeadForecast.
             * @memberof wx.v1
             * @classdesc Represents a LeadForecast.
             * @constructor
             * @param {wx.v1.LeadForecast.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const LeadForecast = function (p) {
                this.variables = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * LeadForecast leadHours.
             * @member {number} leadHours
             * @memberof wx.v1.LeadForecast
             * @instance
             */
            LeadForecast.prototype.leadHours = 0;

            /**
             * LeadForecast validTimeMs.
             * @member {number} validTimeMs
             * @memberof wx.v1.LeadForecast
             * @instance
             */
            LeadForecast.prototype.validTimeMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * LeadForecast variables.
             * @member {Array.<wx.v1.VariableForecast.$Properties>} variables
             * @memberof wx.v1.LeadForecast
             * @instance
             */
            LeadForecast.prototype.variables = $util.emptyArray;

            /**
             * Creates a new LeadForecast instance using the specified properties.
             * @function create
             * @memberof wx.v1.LeadForecast
             * @static
             * @param {wx.v1.LeadForecast.$Properties=} [properties] Properties to set
             * @returns {wx.v1.LeadForecast} LeadForecast instance
             * @type {{
             *   (properties: wx.v1.LeadForecast.$Shape): wx.v1.LeadForecast & wx.v1.LeadForecast.$Shape;
             *   (properties?: wx.v1.LeadForecast.$Properties): wx.v1.LeadForecast;
             * }}
             */
            LeadForecast.create = function(properties) {
                return new LeadForecast(properties);
            };

            /**
             * Encodes the specified LeadForecast message. Does not implicitly {@link wx.v1.LeadForecast.verify|verify} messages.
             * @function encode
             * @memberof wx.v1.LeadForecast
             * @static
             * @param {wx.v1.LeadForecast.$Properties} m LeadForecast message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LeadForecast.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.leadHours != null && $Object.hasOwnProperty.call(m, "leadHours") && !$Object.is(m.leadHours, 0))
                    w.uint32(/* id 1, wireType 1 =*/9).double(m.leadHours);
                if (m.validTimeMs != null && $Object.hasOwnProperty.call(m, "validTimeMs") && (typeof m.validTimeMs === "object" ? m.validTimeMs.low || m.validTimeMs.high : m.validTimeMs !== 0))
                    w.uint32(/* id 2, wireType 0 =*/16).int64(m.validTimeMs);
                if (m.variables != null && m.variables.length) {
                    for (var i = 0; i < m.variables.length; ++i)
                        $root.wx.v1.VariableForecast.encode(m.variables[i], w.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified LeadForecast message, length delimited. Does not implicitly {@link wx.v1.LeadForecast.verify|verify} messages.
             * @function encodeDelimited
             * @memberof wx.v1.LeadForecast
             * @static
             * @param {wx.v1.LeadForecast.$Properties} message LeadForecast message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LeadForecast.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a LeadForecast message from the specified reader or buffer.
             * @function decode
             * @memberof wx.v1.LeadForecast
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {wx.v1.LeadForecast & wx.v1.LeadForecast.$Shape} LeadForecast
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LeadForecast.decode = function (r, l, z, q, g) {
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
                m = g || new $root.wx.v1.LeadForecast();
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
                            if (u !== 1)
                                break;
                            if (!$Object.is(v = r.double(), 0))
                                m.leadHours = v;
                            else
                                delete m.leadHours;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.validTimeMs = v;
                            else
                                delete m.validTimeMs;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if (!(m.variables && m.variables.length))
                                m.variables = [];
                            m.variables.push($root.wx.v1.VariableForecast.decode(r, r.size(), $undefined, q + 1));
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
             * Decodes a LeadForecast message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof wx.v1.LeadForecast
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {wx.v1.LeadForecast & wx.v1.LeadForecast.$Shape} LeadForecast
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LeadForecast.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a LeadForecast message.
             * @function verify
             * @memberof wx.v1.LeadForecast
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            LeadForecast.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.leadHours != null && $Object.hasOwnProperty.call(m, "leadHours")) {
                    if (typeof m.leadHours !== "number")
                        return "leadHours: number expected";
                }
                if (m.validTimeMs != null && $Object.hasOwnProperty.call(m, "validTimeMs")) {
                    if (!$util.isInteger(m.validTimeMs) && !(m.validTimeMs && $util.isInteger(m.validTimeMs.low) && $util.isInteger(m.validTimeMs.high)))
                        return "validTimeMs: integer|Long expected";
                }
                if (m.variables != null && $Object.hasOwnProperty.call(m, "variables")) {
                    if (!$Array.isArray(m.variables))
                        return "variables: array expected";
                    for (var i = 0; i < m.variables.length; ++i) {
                        {
                            var e = $root.wx.v1.VariableForecast.verify(m.variables[i], q + 1);
                            if (e)
                                return "variables." + e;
                        }
                    }
                }
                return null;
            };

            /**
             * Creates a LeadForecast message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof wx.v1.LeadForecast
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {wx.v1.LeadForecast} LeadForecast
             */
            LeadForecast.fromObject = function (d, q) {
                if (d instanceof $root.wx.v1.LeadForecast)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".wx.v1.LeadForecast: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.wx.v1.LeadForecast();
                if (d.leadHours != null) {
                    if (!$Object.is($Number(d.leadHours), 0)) {
                        m.leadHours = $Number(d.leadHours);
                    }
                }
                if (d.validTimeMs != null) {
                    if (typeof d.validTimeMs === "object" ? d.validTimeMs.low || d.validTimeMs.high : $Number(d.validTimeMs) !== 0) {
                        if ($util.Long)
                            m.validTimeMs = $util.Long.fromValue(d.validTimeMs, false);
                        else if (typeof d.validTimeMs === "string")
                            m.validTimeMs = $parseInt(d.validTimeMs, 10);
                        else if (typeof d.validTimeMs === "number")
                            m.validTimeMs = d.validTimeMs;
                        else if (typeof d.validTimeMs === "object")
                            m.validTimeMs = new $util.LongBits(d.validTimeMs.low >>> 0, d.validTimeMs.high >>> 0).toNumber();
                    }
                }
                if (d.variables) {
                    if (!$Array.isArray(d.variables))
                        throw $TypeError(".wx.v1.LeadForecast.variables: array expected");
                    m.variables = $Array(d.variables.length);
                    for (var i = 0; i < d.variables.length; ++i) {
                        if (!$util.isObject(d.variables[i]))
                            throw $TypeError(".wx.v1.LeadForecast.variables: object expected");
                        m.variables[i] = $root.wx.v1.VariableForecast.fromObject(d.variables[i], q + 1);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a LeadForecast message. Also converts values to other types if specified.
             * @function toObject
             * @memberof wx.v1.LeadForecast
             * @static
             * @param {wx.v1.LeadForecast} m LeadForecast
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            LeadForecast.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.variables = [];
                }
                if (o.defaults) {
                    d.leadHours = 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.validTimeMs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.validTimeMs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (m.leadHours != null && $Object.hasOwnProperty.call(m, "leadHours")) {
                    d.leadHours = o.json && !$isFinite(m.leadHours) ? $String(m.leadHours) : m.leadHours;
                }
                if (m.validTimeMs != null && $Object.hasOwnProperty.call(m, "validTimeMs")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.validTimeMs = typeof m.validTimeMs === "number" ? $BigInt(m.validTimeMs) : $util.Long.fromBits(m.validTimeMs.low >>> 0, m.validTimeMs.high >>> 0, false).toBigInt();
                    else if (typeof m.validTimeMs === "number")
                        d.validTimeMs = o.longs === $String ? $String(m.validTimeMs) : m.validTimeMs;
                    else
                        d.validTimeMs = o.longs === $String ? $util.Long.prototype.toString.call(m.validTimeMs) : o.longs === $Number ? new $util.LongBits(m.validTimeMs.low >>> 0, m.validTimeMs.high >>> 0).toNumber() : m.validTimeMs;
                }
                if (m.variables && m.variables.length) {
                    d.variables = $Array(m.variables.length);
                    for (var j = 0; j < m.variables.length; ++j) {
                        d.variables[j] = $root.wx.v1.VariableForecast.toObject(m.variables[j], o, q + 1);
                    }
                }
                return d;
            };

            /**
             * Converts this LeadForecast to JSON.
             * @function toJSON
             * @memberof wx.v1.LeadForecast
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            LeadForecast.prototype.toJSON = function() {
                return LeadForecast.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for LeadForecast
             * @function getTypeUrl
             * @memberof wx.v1.LeadForecast
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            LeadForecast.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/wx.v1.LeadForecast";
            };

            return LeadForecast;
        })();

        v1.PointForecast = (function() {

            /**
             * Properties of a PointForecast.
             * @typedef {Object} wx.v1.PointForecast.$Properties
             * @property {number|null} [runTimeMs] PointForecast runTimeMs
             * @property {number|null} [latDeg] PointForecast latDeg
             * @property {number|null} [lonDeg] PointForecast lonDeg
             * @property {number|null} [members] PointForecast members
             * @property {Array.<wx.v1.LeadForecast.$Properties>|null} [leads] PointForecast leads
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PointForecast.
             * @memberof wx.v1
             * @interface IPointForecast
             * @augments wx.v1.PointForecast.$Properties
             * @deprecated Use wx.v1.PointForecast.$Properties instead.
             */

            /**
             * Shape of a PointForecast.
             * @typedef {wx.v1.PointForecast.$Properties} wx.v1.PointForecast.$Shape
             */

            /**
             * Constructs a new PointForecast.
             * @memberof wx.v1
             * @classdesc Represents a PointForecast.
             * @constructor
             * @param {wx.v1.PointForecast.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PointForecast = function (p) {
                this.leads = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * PointForecast runTimeMs.
             * @member {number} runTimeMs
             * @memberof wx.v1.PointForecast
             * @instance
             */
            PointForecast.prototype.runTimeMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * PointForecast latDeg.
             * @member {number} latDeg
             * @memberof wx.v1.PointForecast
             * @instance
             */
            PointForecast.prototype.latDeg = 0;

            /**
             * PointForecast lonDeg.
             * @member {number} lonDeg
             * @memberof wx.v1.PointForecast
             * @instance
             */
            PointForecast.prototype.lonDeg = 0;

            /**
             * PointForecast members.
             * @member {number} members
             * @memberof wx.v1.PointForecast
             * @instance
             */
            PointForecast.prototype.members = 0;

            /**
             * PointForecast leads.
             * @member {Array.<wx.v1.LeadForecast.$Properties>} leads
             * @memberof wx.v1.PointForecast
             * @instance
             */
            PointForecast.prototype.leads = $util.emptyArray;

            /**
             * Creates a new PointForecast instance using the specified properties.
             * @function create
             * @memberof wx.v1.PointForecast
             * @static
             * @param {wx.v1.PointForecast.$Properties=} [properties] Properties to set
             * @returns {wx.v1.PointForecast} PointForecast instance
             * @type {{
             *   (properties: wx.v1.PointForecast.$Shape): wx.v1.PointForecast & wx.v1.PointForecast.$Shape;
             *   (properties?: wx.v1.PointForecast.$Properties): wx.v1.PointForecast;
             * }}
             */
            PointForecast.create = function(properties) {
                return new PointForecast(properties);
            };

            /**
             * Encodes the specified PointForecast message. Does not implicitly {@link wx.v1.PointForecast.verify|verify} messages.
             * @function encode
             * @memberof wx.v1.PointForecast
             * @static
             * @param {wx.v1.PointForecast.$Properties} m PointForecast message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PointForecast.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.runTimeMs != null && $Object.hasOwnProperty.call(m, "runTimeMs") && (typeof m.runTimeMs === "object" ? m.runTimeMs.low || m.runTimeMs.high : m.runTimeMs !== 0))
                    w.uint32(/* id 1, wireType 0 =*/8).int64(m.runTimeMs);
                if (m.latDeg != null && $Object.hasOwnProperty.call(m, "latDeg") && !$Object.is(m.latDeg, 0))
                    w.uint32(/* id 2, wireType 1 =*/17).double(m.latDeg);
                if (m.lonDeg != null && $Object.hasOwnProperty.call(m, "lonDeg") && !$Object.is(m.lonDeg, 0))
                    w.uint32(/* id 3, wireType 1 =*/25).double(m.lonDeg);
                if (m.members != null && $Object.hasOwnProperty.call(m, "members") && m.members !== 0)
                    w.uint32(/* id 4, wireType 0 =*/32).uint32(m.members);
                if (m.leads != null && m.leads.length) {
                    for (var i = 0; i < m.leads.length; ++i)
                        $root.wx.v1.LeadForecast.encode(m.leads[i], w.uint32(/* id 5, wireType 2 =*/42).fork(), q + 1).ldelim();
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified PointForecast message, length delimited. Does not implicitly {@link wx.v1.PointForecast.verify|verify} messages.
             * @function encodeDelimited
             * @memberof wx.v1.PointForecast
             * @static
             * @param {wx.v1.PointForecast.$Properties} message PointForecast message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PointForecast.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a PointForecast message from the specified reader or buffer.
             * @function decode
             * @memberof wx.v1.PointForecast
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {wx.v1.PointForecast & wx.v1.PointForecast.$Shape} PointForecast
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PointForecast.decode = function (r, l, z, q, g) {
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
                m = g || new $root.wx.v1.PointForecast();
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
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.runTimeMs = v;
                            else
                                delete m.runTimeMs;
                            continue;
                        }
                    case 2: {
                            if (u !== 1)
                                break;
                            if (!$Object.is(v = r.double(), 0))
                                m.latDeg = v;
                            else
                                delete m.latDeg;
                            continue;
                        }
                    case 3: {
                            if (u !== 1)
                                break;
                            if (!$Object.is(v = r.double(), 0))
                                m.lonDeg = v;
                            else
                                delete m.lonDeg;
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.members = v;
                            else
                                delete m.members;
                            continue;
                        }
                    case 5: {
                            if (u !== 2)
                                break;
                            if (!(m.leads && m.leads.length))
                                m.leads = [];
                            m.leads.push($root.wx.v1.LeadForecast.decode(r, r.size(), $undefined, q + 1));
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
             * Decodes a PointForecast message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof wx.v1.PointForecast
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {wx.v1.PointForecast & wx.v1.PointForecast.$Shape} PointForecast
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PointForecast.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a PointForecast message.
             * @function verify
             * @memberof wx.v1.PointForecast
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            PointForecast.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.runTimeMs != null && $Object.hasOwnProperty.call(m, "runTimeMs")) {
                    if (!$util.isInteger(m.runTimeMs) && !(m.runTimeMs && $util.isInteger(m.runTimeMs.low) && $util.isInteger(m.runTimeMs.high)))
                        return "runTimeMs: integer|Long expected";
                }
                if (m.latDeg != null && $Object.hasOwnProperty.call(m, "latDeg")) {
                    if (typeof m.latDeg !== "number")
                        return "latDeg: number expected";
                }
                if (m.lonDeg != null && $Object.hasOwnProperty.call(m, "lonDeg")) {
                    if (typeof m.lonDeg !== "number")
                        return "lonDeg: number expected";
                }
                if (m.members != null && $Object.hasOwnProperty.call(m, "members")) {
                    if (!$util.isInteger(m.members))
                        return "members: integer expected";
                }
                if (m.leads != null && $Object.hasOwnProperty.call(m, "leads")) {
                    if (!$Array.isArray(m.leads))
                        return "leads: array expected";
                    for (var i = 0; i < m.leads.length; ++i) {
                        {
                            var e = $root.wx.v1.LeadForecast.verify(m.leads[i], q + 1);
                            if (e)
                                return "leads." + e;
                        }
                    }
                }
                return null;
            };

            /**
             * Creates a PointForecast message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof wx.v1.PointForecast
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {wx.v1.PointForecast} PointForecast
             */
            PointForecast.fromObject = function (d, q) {
                if (d instanceof $root.wx.v1.PointForecast)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".wx.v1.PointForecast: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.wx.v1.PointForecast();
                if (d.runTimeMs != null) {
                    if (typeof d.runTimeMs === "object" ? d.runTimeMs.low || d.runTimeMs.high : $Number(d.runTimeMs) !== 0) {
                        if ($util.Long)
                            m.runTimeMs = $util.Long.fromValue(d.runTimeMs, false);
                        else if (typeof d.runTimeMs === "string")
                            m.runTimeMs = $parseInt(d.runTimeMs, 10);
                        else if (typeof d.runTimeMs === "number")
                            m.runTimeMs = d.runTimeMs;
                        else if (typeof d.runTimeMs === "object")
                            m.runTimeMs = new $util.LongBits(d.runTimeMs.low >>> 0, d.runTimeMs.high >>> 0).toNumber();
                    }
                }
                if (d.latDeg != null) {
                    if (!$Object.is($Number(d.latDeg), 0)) {
                        m.latDeg = $Number(d.latDeg);
                    }
                }
                if (d.lonDeg != null) {
                    if (!$Object.is($Number(d.lonDeg), 0)) {
                        m.lonDeg = $Number(d.lonDeg);
                    }
                }
                if (d.members != null) {
                    if ($Number(d.members) !== 0) {
                        m.members = d.members >>> 0;
                    }
                }
                if (d.leads) {
                    if (!$Array.isArray(d.leads))
                        throw $TypeError(".wx.v1.PointForecast.leads: array expected");
                    m.leads = $Array(d.leads.length);
                    for (var i = 0; i < d.leads.length; ++i) {
                        if (!$util.isObject(d.leads[i]))
                            throw $TypeError(".wx.v1.PointForecast.leads: object expected");
                        m.leads[i] = $root.wx.v1.LeadForecast.fromObject(d.leads[i], q + 1);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a PointForecast message. Also converts values to other types if specified.
             * @function toObject
             * @memberof wx.v1.PointForecast
             * @static
             * @param {wx.v1.PointForecast} m PointForecast
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            PointForecast.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.leads = [];
                }
                if (o.defaults) {
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.runTimeMs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.runTimeMs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.latDeg = 0;
                    d.lonDeg = 0;
                    d.members = 0;
                }
                if (m.runTimeMs != null && $Object.hasOwnProperty.call(m, "runTimeMs")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.runTimeMs = typeof m.runTimeMs === "number" ? $BigInt(m.runTimeMs) : $util.Long.fromBits(m.runTimeMs.low >>> 0, m.runTimeMs.high >>> 0, false).toBigInt();
                    else if (typeof m.runTimeMs === "number")
                        d.runTimeMs = o.longs === $String ? $String(m.runTimeMs) : m.runTimeMs;
                    else
                        d.runTimeMs = o.longs === $String ? $util.Long.prototype.toString.call(m.runTimeMs) : o.longs === $Number ? new $util.LongBits(m.runTimeMs.low >>> 0, m.runTimeMs.high >>> 0).toNumber() : m.runTimeMs;
                }
                if (m.latDeg != null && $Object.hasOwnProperty.call(m, "latDeg")) {
                    d.latDeg = o.json && !$isFinite(m.latDeg) ? $String(m.latDeg) : m.latDeg;
                }
                if (m.lonDeg != null && $Object.hasOwnProperty.call(m, "lonDeg")) {
                    d.lonDeg = o.json && !$isFinite(m.lonDeg) ? $String(m.lonDeg) : m.lonDeg;
                }
                if (m.members != null && $Object.hasOwnProperty.call(m, "members")) {
                    d.members = m.members;
                }
                if (m.leads && m.leads.length) {
                    d.leads = $Array(m.leads.length);
                    for (var j = 0; j < m.leads.length; ++j) {
                        d.leads[j] = $root.wx.v1.LeadForecast.toObject(m.leads[j], o, q + 1);
                    }
                }
                return d;
            };

            /**
             * Converts this PointForecast to JSON.
             * @function toJSON
             * @memberof wx.v1.PointForecast
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            PointForecast.prototype.toJSON = function() {
                return PointForecast.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for PointForecast
             * @function getTypeUrl
             * @memberof wx.v1.PointForecast
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            PointForecast.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/wx.v1.PointForecast";
            };

            return PointForecast;
        })();

        v1.LatestAnalysisRequest = (function() {

            /**
             * Properties of a LatestAnalysisRequest.
             * @typedef {Object} wx.v1.LatestAnalysisRequest.$Properties
             * @property {wx.v1.LatestAnalysisRequest.Point.$Properties|null} [point] LatestAnalysisRequest point
             * @property {wx.v1.LatestAnalysisRequest.Box.$Properties|null} [box] LatestAnalysisRequest box
             * @property {"point"|"box"} [where] LatestAnalysisRequest where
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a LatestAnalysisRequest.
             * @memberof wx.v1
             * @interface ILatestAnalysisRequest
             * @augments wx.v1.LatestAnalysisRequest.$Properties
             * @deprecated Use wx.v1.LatestAnalysisRequest.$Properties instead.
             */

            /**
             * Narrowed shape of a LatestAnalysisRequest.
             * @typedef {{
             *   point?: wx.v1.LatestAnalysisRequest.Point.$Shape|null;
             *   box?: wx.v1.LatestAnalysisRequest.Box.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ where?: undefined; point?: null; box?: null }|{ where?: "point"; point: wx.v1.LatestAnalysisRequest.Point.$Shape; box?: null }|{ where?: "box"; point?: null; box: wx.v1.LatestAnalysisRequest.Box.$Shape })
             * )} wx.v1.LatestAnalysisRequest.$Shape
             */

            /**
             * Constructs a new LatestAnalysisRequest.
             * @memberof wx.v1
             * @classdesc Represents a LatestAnalysisRequest.
             * @constructor
             * @param {wx.v1.LatestAnalysisRequest.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const LatestAnalysisRequest = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * LatestAnalysisRequest point.
             * @member {wx.v1.LatestAnalysisRequest.Point.$Properties|null|undefined} point
             * @memberof wx.v1.LatestAnalysisRequest
             * @instance
             */
            LatestAnalysisRequest.prototype.point = null;

            /**
             * LatestAnalysisRequest box.
             * @member {wx.v1.LatestAnalysisRequest.Box.$Properties|null|undefined} box
             * @memberof wx.v1.LatestAnalysisRequest
             * @instance
             */
            LatestAnalysisRequest.prototype.box = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * LatestAnalysisRequest where.
             * @member {"point"|"box"|undefined} where
             * @memberof wx.v1.LatestAnalysisRequest
             * @instance
             */
            $Object.defineProperty(LatestAnalysisRequest.prototype, "where", {
                get: $util.oneOfGetter($oneOfFields = ["point", "box"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new LatestAnalysisRequest instance using the specified properties.
             * @function create
             * @memberof wx.v1.LatestAnalysisRequest
             * @static
             * @param {wx.v1.LatestAnalysisRequest.$Properties=} [properties] Properties to set
             * @returns {wx.v1.LatestAnalysisRequest} LatestAnalysisRequest instance
             * @type {{
             *   (properties: wx.v1.LatestAnalysisRequest.$Shape): wx.v1.LatestAnalysisRequest & wx.v1.LatestAnalysisRequest.$Shape;
             *   (properties?: wx.v1.LatestAnalysisRequest.$Properties): wx.v1.LatestAnalysisRequest;
             * }}
             */
            LatestAnalysisRequest.create = function(properties) {
                return new LatestAnalysisRequest(properties);
            };

            /**
             * Encodes the specified LatestAnalysisRequest message. Does not implicitly {@link wx.v1.LatestAnalysisRequest.verify|verify} messages.
             * @function encode
             * @memberof wx.v1.LatestAnalysisRequest
             * @static
             * @param {wx.v1.LatestAnalysisRequest.$Properties} m LatestAnalysisRequest message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LatestAnalysisRequest.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.point != null && $Object.hasOwnProperty.call(m, "point"))
                    $root.wx.v1.LatestAnalysisRequest.Point.encode(m.point, w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                if (m.box != null && $Object.hasOwnProperty.call(m, "box"))
                    $root.wx.v1.LatestAnalysisRequest.Box.encode(m.box, w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified LatestAnalysisRequest message, length delimited. Does not implicitly {@link wx.v1.LatestAnalysisRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof wx.v1.LatestAnalysisRequest
             * @static
             * @param {wx.v1.LatestAnalysisRequest.$Properties} message LatestAnalysisRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LatestAnalysisRequest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a LatestAnalysisRequest message from the specified reader or buffer.
             * @function decode
             * @memberof wx.v1.LatestAnalysisRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {wx.v1.LatestAnalysisRequest & wx.v1.LatestAnalysisRequest.$Shape} LatestAnalysisRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LatestAnalysisRequest.decode = function (r, l, z, q, g) {
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
                m = g || new $root.wx.v1.LatestAnalysisRequest();
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
                            m.point = $root.wx.v1.LatestAnalysisRequest.Point.decode(r, r.size(), $undefined, q + 1, m.point);
                            m.where = "point";
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            m.box = $root.wx.v1.LatestAnalysisRequest.Box.decode(r, r.size(), $undefined, q + 1, m.box);
                            m.where = "box";
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
             * Decodes a LatestAnalysisRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof wx.v1.LatestAnalysisRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {wx.v1.LatestAnalysisRequest & wx.v1.LatestAnalysisRequest.$Shape} LatestAnalysisRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LatestAnalysisRequest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a LatestAnalysisRequest message.
             * @function verify
             * @memberof wx.v1.LatestAnalysisRequest
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            LatestAnalysisRequest.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                var p = {};
                if (m.point != null && $Object.hasOwnProperty.call(m, "point")) {
                    p.where = 1;
                    {
                        var e = $root.wx.v1.LatestAnalysisRequest.Point.verify(m.point, q + 1);
                        if (e)
                            return "point." + e;
                    }
                }
                if (m.box != null && $Object.hasOwnProperty.call(m, "box")) {
                    if (p.where === 1)
                        return "where: multiple values";
                    p.where = 1;
                    {
                        var e = $root.wx.v1.LatestAnalysisRequest.Box.verify(m.box, q + 1);
                        if (e)
                            return "box." + e;
                    }
                }
                return null;
            };

            /**
             * Creates a LatestAnalysisRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof wx.v1.LatestAnalysisRequest
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {wx.v1.LatestAnalysisRequest} LatestAnalysisRequest
             */
            LatestAnalysisRequest.fromObject = function (d, q) {
                if (d instanceof $root.wx.v1.LatestAnalysisRequest)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".wx.v1.LatestAnalysisRequest: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.wx.v1.LatestAnalysisRequest();
                if (d.point != null) {
                    if (!$util.isObject(d.point))
                        throw $TypeError(".wx.v1.LatestAnalysisRequest.point: object expected");
                    m.point = $root.wx.v1.LatestAnalysisRequest.Point.fromObject(d.point, q + 1);
                }
                if (d.box != null) {
                    if (!$util.isObject(d.box))
                        throw $TypeError(".wx.v1.LatestAnalysisRequest.box: object expected");
                    m.box = $root.wx.v1.LatestAnalysisRequest.Box.fromObject(d.box, q + 1);
                }
                return m;
            };

            /**
             * Creates a plain object from a LatestAnalysisRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof wx.v1.LatestAnalysisRequest
             * @static
             * @param {wx.v1.LatestAnalysisRequest} m LatestAnalysisRequest
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            LatestAnalysisRequest.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (m.point != null && $Object.hasOwnProperty.call(m, "point")) {
                    d.point = $root.wx.v1.LatestAnalysisRequest.Point.toObject(m.point, o, q + 1);
                    if (o.oneofs)
                        d.where = "point";
                }
                if (m.box != null && $Object.hasOwnProperty.call(m, "box")) {
                    d.box = $root.wx.v1.LatestAnalysisRequest.Box.toObject(m.box, o, q + 1);
                    if (o.oneofs)
                        d.where = "box";
                }
                return d;
            };

            /**
             * Converts this LatestAnalysisRequest to JSON.
             * @function toJSON
             * @memberof wx.v1.LatestAnalysisRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            LatestAnalysisRequest.prototype.toJSON = function() {
                return LatestAnalysisRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for LatestAnalysisRequest
             * @function getTypeUrl
             * @memberof wx.v1.LatestAnalysisRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            LatestAnalysisRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/wx.v1.LatestAnalysisRequest";
            };

            LatestAnalysisRequest.Point = (function() {

                /**
                 * Properties of a Point.
                 * @typedef {Object} wx.v1.LatestAnalysisRequest.Point.$Properties
                 * @property {number|null} [latDeg] Point latDeg
                 * @property {number|null} [lonDeg] Point lonDeg
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Point.
                 * @memberof wx.v1.LatestAnalysisRequest
                 * @interface IPoint
                 * @augments wx.v1.LatestAnalysisRequest.Point.$Properties
                 * @deprecated Use wx.v1.LatestAnalysisRequest.Point.$Properties instead.
                 */

                /**
                 * Shape of a Point.
                 * @typedef {wx.v1.LatestAnalysisRequest.Point.$Properties} wx.v1.LatestAnalysisRequest.Point.$Shape
                 */

                /**
                 * Constructs a new Point.
                 * @memberof wx.v1.LatestAnalysisRequest
                 * @classdesc Represents a Point.
                 * @constructor
                 * @param {wx.v1.LatestAnalysisRequest.Point.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Point = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * Point latDeg.
                 * @member {number} latDeg
                 * @memberof wx.v1.LatestAnalysisRequest.Point
                 * @instance
                 */
                Point.prototype.latDeg = 0;

                /**
                 * Point lonDeg.
                 * @member {number} lonDeg
                 * @memberof wx.v1.LatestAnalysisRequest.Point
                 * @instance
                 */
                Point.prototype.lonDeg = 0;

                /**
                 * Creates a new Point instance using the specified properties.
                 * @function create
                 * @memberof wx.v1.LatestAnalysisRequest.Point
                 * @static
                 * @param {wx.v1.LatestAnalysisRequest.Point.$Properties=} [properties] Properties to set
                 * @returns {wx.v1.LatestAnalysisRequest.Point} Point instance
                 * @type {{
                 *   (properties: wx.v1.LatestAnalysisRequest.Point.$Shape): wx.v1.LatestAnalysisRequest.Point & wx.v1.LatestAnalysisRequest.Point.$Shape;
                 *   (properties?: wx.v1.LatestAnalysisRequest.Point.$Properties): wx.v1.LatestAnalysisRequest.Point;
                 * }}
                 */
                Point.create = function(properties) {
                    return new Point(properties);
                };

                /**
                 * Encodes the specified Point message. Does not implicitly {@link wx.v1.LatestAnalysisRequest.Point.verify|verify} messages.
                 * @function encode
                 * @memberof wx.v1.LatestAnalysisRequest.Point
                 * @static
                 * @param {wx.v1.LatestAnalysisRequest.Point.$Properties} m Point message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Point.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.latDeg != null && $Object.hasOwnProperty.call(m, "latDeg") && !$Object.is(m.latDeg, 0))
                        w.uint32(/* id 1, wireType 1 =*/9).double(m.latDeg);
                    if (m.lonDeg != null && $Object.hasOwnProperty.call(m, "lonDeg") && !$Object.is(m.lonDeg, 0))
                        w.uint32(/* id 2, wireType 1 =*/17).double(m.lonDeg);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Encodes the specified Point message, length delimited. Does not implicitly {@link wx.v1.LatestAnalysisRequest.Point.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof wx.v1.LatestAnalysisRequest.Point
                 * @static
                 * @param {wx.v1.LatestAnalysisRequest.Point.$Properties} message Point message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Point.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a Point message from the specified reader or buffer.
                 * @function decode
                 * @memberof wx.v1.LatestAnalysisRequest.Point
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {wx.v1.LatestAnalysisRequest.Point & wx.v1.LatestAnalysisRequest.Point.$Shape} Point
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Point.decode = function (r, l, z, q, g) {
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
                    m = g || new $root.wx.v1.LatestAnalysisRequest.Point();
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
                                if (u !== 1)
                                    break;
                                if (!$Object.is(v = r.double(), 0))
                                    m.latDeg = v;
                                else
                                    delete m.latDeg;
                                continue;
                            }
                        case 2: {
                                if (u !== 1)
                                    break;
                                if (!$Object.is(v = r.double(), 0))
                                    m.lonDeg = v;
                                else
                                    delete m.lonDeg;
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
                 * Decodes a Point message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof wx.v1.LatestAnalysisRequest.Point
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {wx.v1.LatestAnalysisRequest.Point & wx.v1.LatestAnalysisRequest.Point.$Shape} Point
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Point.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a Point message.
                 * @function verify
                 * @memberof wx.v1.LatestAnalysisRequest.Point
                 * @static
                 * @param {Object.<string,*>} m Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                Point.verify = function (m, q) {
                    if (typeof m !== "object" || m === null)
                        return "object expected";
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        return "max depth exceeded";
                    if (m.latDeg != null && $Object.hasOwnProperty.call(m, "latDeg")) {
                        if (typeof m.latDeg !== "number")
                            return "latDeg: number expected";
                    }
                    if (m.lonDeg != null && $Object.hasOwnProperty.call(m, "lonDeg")) {
                        if (typeof m.lonDeg !== "number")
                            return "lonDeg: number expected";
                    }
                    return null;
                };

                /**
                 * Creates a Point message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof wx.v1.LatestAnalysisRequest.Point
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {wx.v1.LatestAnalysisRequest.Point} Point
                 */
                Point.fromObject = function (d, q) {
                    if (d instanceof $root.wx.v1.LatestAnalysisRequest.Point)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".wx.v1.LatestAnalysisRequest.Point: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.wx.v1.LatestAnalysisRequest.Point();
                    if (d.latDeg != null) {
                        if (!$Object.is($Number(d.latDeg), 0)) {
                            m.latDeg = $Number(d.latDeg);
                        }
                    }
                    if (d.lonDeg != null) {
                        if (!$Object.is($Number(d.lonDeg), 0)) {
                            m.lonDeg = $Number(d.lonDeg);
                        }
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a Point message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof wx.v1.LatestAnalysisRequest.Point
                 * @static
                 * @param {wx.v1.LatestAnalysisRequest.Point} m Point
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Point.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.latDeg = 0;
                        d.lonDeg = 0;
                    }
                    if (m.latDeg != null && $Object.hasOwnProperty.call(m, "latDeg")) {
                        d.latDeg = o.json && !$isFinite(m.latDeg) ? $String(m.latDeg) : m.latDeg;
                    }
                    if (m.lonDeg != null && $Object.hasOwnProperty.call(m, "lonDeg")) {
                        d.lonDeg = o.json && !$isFinite(m.lonDeg) ? $String(m.lonDeg) : m.lonDeg;
                    }
                    return d;
                };

                /**
                 * Converts this Point to JSON.
                 * @function toJSON
                 * @memberof wx.v1.LatestAnalysisRequest.Point
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Point.prototype.toJSON = function() {
                    return Point.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Point
                 * @function getTypeUrl
                 * @memberof wx.v1.LatestAnalysisRequest.Point
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Point.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/wx.v1.LatestAnalysisRequest.Point";
                };

                return Point;
            })();

            LatestAnalysisRequest.Box = (function() {

                /**
                 * Properties of a Box.
                 * @typedef {Object} wx.v1.LatestAnalysisRequest.Box.$Properties
                 * @property {number|null} [southDeg] Box southDeg
                 * @property {number|null} [westDeg] Box westDeg
                 * @property {number|null} [northDeg] Box northDeg
                 * @property {number|null} [eastDeg] Box eastDeg
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Box.
                 * @memberof wx.v1.LatestAnalysisRequest
                 * @interface IBox
                 * @augments wx.v1.LatestAnalysisRequest.Box.$Properties
                 * @deprecated Use wx.v1.LatestAnalysisRequest.Box.$Properties instead.
                 */

                /**
                 * Shape of a Box.
                 * @typedef {wx.v1.LatestAnalysisRequest.Box.$Properties} wx.v1.LatestAnalysisRequest.Box.$Shape
                 */

                /**
                 * Constructs a new Box.
                 * @memberof wx.v1.LatestAnalysisRequest
                 * @classdesc Represents a Box.
                 * @constructor
                 * @param {wx.v1.LatestAnalysisRequest.Box.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Box = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * Box southDeg.
                 * @member {number} southDeg
                 * @memberof wx.v1.LatestAnalysisRequest.Box
                 * @instance
                 */
                Box.prototype.southDeg = 0;

                /**
                 * Box westDeg.
                 * @member {number} westDeg
                 * @memberof wx.v1.LatestAnalysisRequest.Box
                 * @instance
                 */
                Box.prototype.westDeg = 0;

                /**
                 * Box northDeg.
                 * @member {number} northDeg
                 * @memberof wx.v1.LatestAnalysisRequest.Box
                 * @instance
                 */
                Box.prototype.northDeg = 0;

                /**
                 * Box eastDeg.
                 * @member {number} eastDeg
                 * @memberof wx.v1.LatestAnalysisRequest.Box
                 * @instance
                 */
                Box.prototype.eastDeg = 0;

                /**
                 * Creates a new Box instance using the specified properties.
                 * @function create
                 * @memberof wx.v1.LatestAnalysisRequest.Box
                 * @static
                 * @param {wx.v1.LatestAnalysisRequest.Box.$Properties=} [properties] Properties to set
                 * @returns {wx.v1.LatestAnalysisRequest.Box} Box instance
                 * @type {{
                 *   (properties: wx.v1.LatestAnalysisRequest.Box.$Shape): wx.v1.LatestAnalysisRequest.Box & wx.v1.LatestAnalysisRequest.Box.$Shape;
                 *   (properties?: wx.v1.LatestAnalysisRequest.Box.$Properties): wx.v1.LatestAnalysisRequest.Box;
                 * }}
                 */
                Box.create = function(properties) {
                    return new Box(properties);
                };

                /**
                 * Encodes the specified Box message. Does not implicitly {@link wx.v1.LatestAnalysisRequest.Box.verify|verify} messages.
                 * @function encode
                 * @memberof wx.v1.LatestAnalysisRequest.Box
                 * @static
                 * @param {wx.v1.LatestAnalysisRequest.Box.$Properties} m Box message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Box.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.southDeg != null && $Object.hasOwnProperty.call(m, "southDeg") && !$Object.is(m.southDeg, 0))
                        w.uint32(/* id 1, wireType 1 =*/9).double(m.southDeg);
                    if (m.westDeg != null && $Object.hasOwnProperty.call(m, "westDeg") && !$Object.is(m.westDeg, 0))
                        w.uint32(/* id 2, wireType 1 =*/17).double(m.westDeg);
                    if (m.northDeg != null && $Object.hasOwnProperty.call(m, "northDeg") && !$Object.is(m.northDeg, 0))
                        w.uint32(/* id 3, wireType 1 =*/25).double(m.northDeg);
                    if (m.eastDeg != null && $Object.hasOwnProperty.call(m, "eastDeg") && !$Object.is(m.eastDeg, 0))
                        w.uint32(/* id 4, wireType 1 =*/33).double(m.eastDeg);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Encodes the specified Box message, length delimited. Does not implicitly {@link wx.v1.LatestAnalysisRequest.Box.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof wx.v1.LatestAnalysisRequest.Box
                 * @static
                 * @param {wx.v1.LatestAnalysisRequest.Box.$Properties} message Box message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Box.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a Box message from the specified reader or buffer.
                 * @function decode
                 * @memberof wx.v1.LatestAnalysisRequest.Box
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {wx.v1.LatestAnalysisRequest.Box & wx.v1.LatestAnalysisRequest.Box.$Shape} Box
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Box.decode = function (r, l, z, q, g) {
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
                    m = g || new $root.wx.v1.LatestAnalysisRequest.Box();
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
                                if (u !== 1)
                                    break;
                                if (!$Object.is(v = r.double(), 0))
                                    m.southDeg = v;
                                else
                                    delete m.southDeg;
                                continue;
                            }
                        case 2: {
                                if (u !== 1)
                                    break;
                                if (!$Object.is(v = r.double(), 0))
                                    m.westDeg = v;
                                else
                                    delete m.westDeg;
                                continue;
                            }
                        case 3: {
                                if (u !== 1)
                                    break;
                                if (!$Object.is(v = r.double(), 0))
                                    m.northDeg = v;
                                else
                                    delete m.northDeg;
                                continue;
                            }
                        case 4: {
                                if (u !== 1)
                                    break;
                                if (!$Object.is(v = r.double(), 0))
                                    m.eastDeg = v;
                                else
                                    delete m.eastDeg;
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
                 * Decodes a Box message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof wx.v1.LatestAnalysisRequest.Box
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {wx.v1.LatestAnalysisRequest.Box & wx.v1.LatestAnalysisRequest.Box.$Shape} Box
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Box.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a Box message.
                 * @function verify
                 * @memberof wx.v1.LatestAnalysisRequest.Box
                 * @static
                 * @param {Object.<string,*>} m Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                Box.verify = function (m, q) {
                    if (typeof m !== "object" || m === null)
                        return "object expected";
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        return "max depth exceeded";
                    if (m.southDeg != null && $Object.hasOwnProperty.call(m, "southDeg")) {
                        if (typeof m.southDeg !== "number")
                            return "southDeg: number expected";
                    }
                    if (m.westDeg != null && $Object.hasOwnProperty.call(m, "westDeg")) {
                        if (typeof m.westDeg !== "number")
                            return "westDeg: number expected";
                    }
                    if (m.northDeg != null && $Object.hasOwnProperty.call(m, "northDeg")) {
                        if (typeof m.northDeg !== "number")
                            return "northDeg: number expected";
                    }
                    if (m.eastDeg != null && $Object.hasOwnProperty.call(m, "eastDeg")) {
                        if (typeof m.eastDeg !== "number")
                            return "eastDeg: number expected";
                    }
                    return null;
                };

                /**
                 * Creates a Box message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof wx.v1.LatestAnalysisRequest.Box
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {wx.v1.LatestAnalysisRequest.Box} Box
                 */
                Box.fromObject = function (d, q) {
                    if (d instanceof $root.wx.v1.LatestAnalysisRequest.Box)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".wx.v1.LatestAnalysisRequest.Box: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.wx.v1.LatestAnalysisRequest.Box();
                    if (d.southDeg != null) {
                        if (!$Object.is($Number(d.southDeg), 0)) {
                            m.southDeg = $Number(d.southDeg);
                        }
                    }
                    if (d.westDeg != null) {
                        if (!$Object.is($Number(d.westDeg), 0)) {
                            m.westDeg = $Number(d.westDeg);
                        }
                    }
                    if (d.northDeg != null) {
                        if (!$Object.is($Number(d.northDeg), 0)) {
                            m.northDeg = $Number(d.northDeg);
                        }
                    }
                    if (d.eastDeg != null) {
                        if (!$Object.is($Number(d.eastDeg), 0)) {
                            m.eastDeg = $Number(d.eastDeg);
                        }
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a Box message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof wx.v1.LatestAnalysisRequest.Box
                 * @static
                 * @param {wx.v1.LatestAnalysisRequest.Box} m Box
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Box.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.southDeg = 0;
                        d.westDeg = 0;
                        d.northDeg = 0;
                        d.eastDeg = 0;
                    }
                    if (m.southDeg != null && $Object.hasOwnProperty.call(m, "southDeg")) {
                        d.southDeg = o.json && !$isFinite(m.southDeg) ? $String(m.southDeg) : m.southDeg;
                    }
                    if (m.westDeg != null && $Object.hasOwnProperty.call(m, "westDeg")) {
                        d.westDeg = o.json && !$isFinite(m.westDeg) ? $String(m.westDeg) : m.westDeg;
                    }
                    if (m.northDeg != null && $Object.hasOwnProperty.call(m, "northDeg")) {
                        d.northDeg = o.json && !$isFinite(m.northDeg) ? $String(m.northDeg) : m.northDeg;
                    }
                    if (m.eastDeg != null && $Object.hasOwnProperty.call(m, "eastDeg")) {
                        d.eastDeg = o.json && !$isFinite(m.eastDeg) ? $String(m.eastDeg) : m.eastDeg;
                    }
                    return d;
                };

                /**
                 * Converts this Box to JSON.
                 * @function toJSON
                 * @memberof wx.v1.LatestAnalysisRequest.Box
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Box.prototype.toJSON = function() {
                    return Box.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Box
                 * @function getTypeUrl
                 * @memberof wx.v1.LatestAnalysisRequest.Box
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Box.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/wx.v1.LatestAnalysisRequest.Box";
                };

                return Box;
            })();

            return LatestAnalysisRequest;
        })();

        v1.AnalysisValue = (function() {

            /**
             * Properties of an AnalysisValue.
             * @typedef {Object} wx.v1.AnalysisValue.$Properties
             * @property {string|null} [variable] AnalysisValue variable
             * @property {number|null} [value] AnalysisValue value
             * @property {number|null} [spread] AnalysisValue spread
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an AnalysisValue.
             * @memberof wx.v1
             * @interface IAnalysisValue
             * @augments wx.v1.AnalysisValue.$Properties
             * @deprecated Use wx.v1.AnalysisValue.$Properties instead.
             */

            /**
             * Shape of an AnalysisValue.
             * @typedef {wx.v1.AnalysisValue.$Properties} wx.v1.AnalysisValue.$Shape
             */

            /**
             * Constructs a new AnalysisValue.
             * @memberof wx.v1
             * @classdesc Represents an AnalysisValue.
             * @constructor
             * @param {wx.v1.AnalysisValue.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const AnalysisValue = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * AnalysisValue variable.
             * @member {string} variable
             * @memberof wx.v1.AnalysisValue
             * @instance
             */
            AnalysisValue.prototype.variable = "";

            /**
             * AnalysisValue value.
             * @member {number} value
             * @memberof wx.v1.AnalysisValue
             * @instance
             */
            AnalysisValue.prototype.value = 0;

            /**
             * AnalysisValue spread.
             * @member {number} spread
             * @memberof wx.v1.AnalysisValue
             * @instance
             */
            AnalysisValue.prototype.spread = 0;

            /**
             * Creates a new AnalysisValue instance using the specified properties.
             * @function create
             * @memberof wx.v1.AnalysisValue
             * @static
             * @param {wx.v1.AnalysisValue.$Properties=} [properties] Properties to set
             * @returns {wx.v1.AnalysisValue} AnalysisValue instance
             * @type {{
             *   (properties: wx.v1.AnalysisValue.$Shape): wx.v1.AnalysisValue & wx.v1.AnalysisValue.$Shape;
             *   (properties?: wx.v1.AnalysisValue.$Properties): wx.v1.AnalysisValue;
             * }}
             */
            AnalysisValue.create = function(properties) {
                return new AnalysisValue(properties);
            };

            /**
             * Encodes the specified AnalysisValue message. Does not implicitly {@link wx.v1.AnalysisValue.verify|verify} messages.
             * @function encode
             * @memberof wx.v1.AnalysisValue
             * @static
             * @param {wx.v1.AnalysisValue.$Properties} m AnalysisValue message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AnalysisValue.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.variable != null && $Object.hasOwnProperty.call(m, "variable") && m.variable !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.variable);
                if (m.value != null && $Object.hasOwnProperty.call(m, "value") && !$Object.is(m.value, 0))
                    w.uint32(/* id 2, wireType 1 =*/17).double(m.value);
                if (m.spread != null && $Object.hasOwnProperty.call(m, "spread") && !$Object.is(m.spread, 0))
                    w.uint32(/* id 3, wireType 1 =*/25).double(m.spread);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified AnalysisValue message, length delimited. Does not implicitly {@link wx.v1.AnalysisValue.verify|verify} messages.
             * @function encodeDelimited
             * @memberof wx.v1.AnalysisValue
             * @static
             * @param {wx.v1.AnalysisValue.$Properties} message AnalysisValue message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AnalysisValue.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an AnalysisValue message from the specified reader or buffer.
             * @function decode
             * @memberof wx.v1.AnalysisValue
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {wx.v1.AnalysisValue & wx.v1.AnalysisValue.$Shape} AnalysisValue
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AnalysisValue.decode = function (r, l, z, q, g) {
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
                m = g || new $root.wx.v1.AnalysisValue();
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
                            if (u !== 1)
                                break;
                            if (!$Object.is(v = r.double(), 0))
                                m.spread = v;
                            else
                                delete m.spread;
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
             * Decodes an AnalysisValue message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof wx.v1.AnalysisValue
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {wx.v1.AnalysisValue & wx.v1.AnalysisValue.$Shape} AnalysisValue
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AnalysisValue.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an AnalysisValue message.
             * @function verify
             * @memberof wx.v1.AnalysisValue
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            AnalysisValue.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.variable != null && $Object.hasOwnProperty.call(m, "variable")) {
                    if (!$util.isString(m.variable))
                        return "variable: string expected";
                }
                if (m.value != null && $Object.hasOwnProperty.call(m, "value")) {
                    if (typeof m.value !== "number")
                        return "value: number expected";
                }
                if (m.spread != null && $Object.hasOwnProperty.call(m, "spread")) {
                    if (typeof m.spread !== "number")
                        return "spread: number expected";
                }
                return null;
            };

            /**
             * Creates an AnalysisValue message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof wx.v1.AnalysisValue
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {wx.v1.AnalysisValue} AnalysisValue
             */
            AnalysisValue.fromObject = function (d, q) {
                if (d instanceof $root.wx.v1.AnalysisValue)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".wx.v1.AnalysisValue: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.wx.v1.AnalysisValue();
                if (d.variable != null) {
                    if (typeof d.variable !== "string" || d.variable.length) {
                        m.variable = $String(d.variable);
                    }
                }
                if (d.value != null) {
                    if (!$Object.is($Number(d.value), 0)) {
                        m.value = $Number(d.value);
                    }
                }
                if (d.spread != null) {
                    if (!$Object.is($Number(d.spread), 0)) {
                        m.spread = $Number(d.spread);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from an AnalysisValue message. Also converts values to other types if specified.
             * @function toObject
             * @memberof wx.v1.AnalysisValue
             * @static
             * @param {wx.v1.AnalysisValue} m AnalysisValue
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            AnalysisValue.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.variable = "";
                    d.value = 0;
                    d.spread = 0;
                }
                if (m.variable != null && $Object.hasOwnProperty.call(m, "variable")) {
                    d.variable = m.variable;
                }
                if (m.value != null && $Object.hasOwnProperty.call(m, "value")) {
                    d.value = o.json && !$isFinite(m.value) ? $String(m.value) : m.value;
                }
                if (m.spread != null && $Object.hasOwnProperty.call(m, "spread")) {
                    d.spread = o.json && !$isFinite(m.spread) ? $String(m.spread) : m.spread;
                }
                return d;
            };

            /**
             * Converts this AnalysisValue to JSON.
             * @function toJSON
             * @memberof wx.v1.AnalysisValue
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            AnalysisValue.prototype.toJSON = function() {
                return AnalysisValue.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for AnalysisValue
             * @function getTypeUrl
             * @memberof wx.v1.AnalysisValue
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            AnalysisValue.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/wx.v1.AnalysisValue";
            };

            return AnalysisValue;
        })();

        v1.AnalysisPoint = (function() {

            /**
             * Properties of an AnalysisPoint.
             * @typedef {Object} wx.v1.AnalysisPoint.$Properties
             * @property {number|null} [latDeg] AnalysisPoint latDeg
             * @property {number|null} [lonDeg] AnalysisPoint lonDeg
             * @property {Array.<wx.v1.AnalysisValue.$Properties>|null} [values] AnalysisPoint values
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an AnalysisPoint.
             * @memberof wx.v1
             * @interface IAnalysisPoint
             * @augments wx.v1.AnalysisPoint.$Properties
             * @deprecated Use wx.v1.AnalysisPoint.$Properties instead.
             */

            /**
             * Shape of an AnalysisPoint.
             * @typedef {wx.v1.AnalysisPoint.$Properties} wx.v1.AnalysisPoint.$Shape
             */

            /**
             * Constructs a new AnalysisPoint.
             * @memberof wx.v1
             * @classdesc Represents an AnalysisPoint.
             * @constructor
             * @param {wx.v1.AnalysisPoint.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const AnalysisPoint = function (p) {
                this.values = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * AnalysisPoint latDeg.
             * @member {number} latDeg
             * @memberof wx.v1.AnalysisPoint
             * @instance
             */
            AnalysisPoint.prototype.latDeg = 0;

            /**
             * AnalysisPoint lonDeg.
             * @member {number} lonDeg
             * @memberof wx.v1.AnalysisPoint
             * @instance
             */
            AnalysisPoint.prototype.lonDeg = 0;

            /**
             * AnalysisPoint values.
             * @member {Array.<wx.v1.AnalysisValue.$Properties>} values
             * @memberof wx.v1.AnalysisPoint
             * @instance
             */
            AnalysisPoint.prototype.values = $util.emptyArray;

            /**
             * Creates a new AnalysisPoint instance using the specified properties.
             * @function create
             * @memberof wx.v1.AnalysisPoint
             * @static
             * @param {wx.v1.AnalysisPoint.$Properties=} [properties] Properties to set
             * @returns {wx.v1.AnalysisPoint} AnalysisPoint instance
             * @type {{
             *   (properties: wx.v1.AnalysisPoint.$Shape): wx.v1.AnalysisPoint & wx.v1.AnalysisPoint.$Shape;
             *   (properties?: wx.v1.AnalysisPoint.$Properties): wx.v1.AnalysisPoint;
             * }}
             */
            AnalysisPoint.create = function(properties) {
                return new AnalysisPoint(properties);
            };

            /**
             * Encodes the specified AnalysisPoint message. Does not implicitly {@link wx.v1.AnalysisPoint.verify|verify} messages.
             * @function encode
             * @memberof wx.v1.AnalysisPoint
             * @static
             * @param {wx.v1.AnalysisPoint.$Properties} m AnalysisPoint message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AnalysisPoint.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.latDeg != null && $Object.hasOwnProperty.call(m, "latDeg") && !$Object.is(m.latDeg, 0))
                    w.uint32(/* id 1, wireType 1 =*/9).double(m.latDeg);
                if (m.lonDeg != null && $Object.hasOwnProperty.call(m, "lonDeg") && !$Object.is(m.lonDeg, 0))
                    w.uint32(/* id 2, wireType 1 =*/17).double(m.lonDeg);
                if (m.values != null && m.values.length) {
                    for (var i = 0; i < m.values.length; ++i)
                        $root.wx.v1.AnalysisValue.encode(m.values[i], w.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified AnalysisPoint message, length delimited. Does not implicitly {@link wx.v1.AnalysisPoint.verify|verify} messages.
             * @function encodeDelimited
             * @memberof wx.v1.AnalysisPoint
             * @static
             * @param {wx.v1.AnalysisPoint.$Properties} message AnalysisPoint message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AnalysisPoint.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an AnalysisPoint message from the specified reader or buffer.
             * @function decode
             * @memberof wx.v1.AnalysisPoint
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {wx.v1.AnalysisPoint & wx.v1.AnalysisPoint.$Shape} AnalysisPoint
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AnalysisPoint.decode = function (r, l, z, q, g) {
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
                m = g || new $root.wx.v1.AnalysisPoint();
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
                            if (u !== 1)
                                break;
                            if (!$Object.is(v = r.double(), 0))
                                m.latDeg = v;
                            else
                                delete m.latDeg;
                            continue;
                        }
                    case 2: {
                            if (u !== 1)
                                break;
                            if (!$Object.is(v = r.double(), 0))
                                m.lonDeg = v;
                            else
                                delete m.lonDeg;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if (!(m.values && m.values.length))
                                m.values = [];
                            m.values.push($root.wx.v1.AnalysisValue.decode(r, r.size(), $undefined, q + 1));
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
             * Decodes an AnalysisPoint message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof wx.v1.AnalysisPoint
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {wx.v1.AnalysisPoint & wx.v1.AnalysisPoint.$Shape} AnalysisPoint
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AnalysisPoint.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an AnalysisPoint message.
             * @function verify
             * @memberof wx.v1.AnalysisPoint
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            AnalysisPoint.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.latDeg != null && $Object.hasOwnProperty.call(m, "latDeg")) {
                    if (typeof m.latDeg !== "number")
                        return "latDeg: number expected";
                }
                if (m.lonDeg != null && $Object.hasOwnProperty.call(m, "lonDeg")) {
                    if (typeof m.lonDeg !== "number")
                        return "lonDeg: number expected";
                }
                if (m.values != null && $Object.hasOwnProperty.call(m, "values")) {
                    if (!$Array.isArray(m.values))
                        return "values: array expected";
                    for (var i = 0; i < m.values.length; ++i) {
                        {
                            var e = $root.wx.v1.AnalysisValue.verify(m.values[i], q + 1);
                            if (e)
                                return "values." + e;
                        }
                    }
                }
                return null;
            };

            /**
             * Creates an AnalysisPoint message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof wx.v1.AnalysisPoint
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {wx.v1.AnalysisPoint} AnalysisPoint
             */
            AnalysisPoint.fromObject = function (d, q) {
                if (d instanceof $root.wx.v1.AnalysisPoint)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".wx.v1.AnalysisPoint: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.wx.v1.AnalysisPoint();
                if (d.latDeg != null) {
                    if (!$Object.is($Number(d.latDeg), 0)) {
                        m.latDeg = $Number(d.latDeg);
                    }
                }
                if (d.lonDeg != null) {
                    if (!$Object.is($Number(d.lonDeg), 0)) {
                        m.lonDeg = $Number(d.lonDeg);
                    }
                }
                if (d.values) {
                    if (!$Array.isArray(d.values))
                        throw $TypeError(".wx.v1.AnalysisPoint.values: array expected");
                    m.values = $Array(d.values.length);
                    for (var i = 0; i < d.values.length; ++i) {
                        if (!$util.isObject(d.values[i]))
                            throw $TypeError(".wx.v1.AnalysisPoint.values: object expected");
                        m.values[i] = $root.wx.v1.AnalysisValue.fromObject(d.values[i], q + 1);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from an AnalysisPoint message. Also converts values to other types if specified.
             * @function toObject
             * @memberof wx.v1.AnalysisPoint
             * @static
             * @param {wx.v1.AnalysisPoint} m AnalysisPoint
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            AnalysisPoint.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.values = [];
                }
                if (o.defaults) {
                    d.latDeg = 0;
                    d.lonDeg = 0;
                }
                if (m.latDeg != null && $Object.hasOwnProperty.call(m, "latDeg")) {
                    d.latDeg = o.json && !$isFinite(m.latDeg) ? $String(m.latDeg) : m.latDeg;
                }
                if (m.lonDeg != null && $Object.hasOwnProperty.call(m, "lonDeg")) {
                    d.lonDeg = o.json && !$isFinite(m.lonDeg) ? $String(m.lonDeg) : m.lonDeg;
                }
                if (m.values && m.values.length) {
                    d.values = $Array(m.values.length);
                    for (var j = 0; j < m.values.length; ++j) {
                        d.values[j] = $root.wx.v1.AnalysisValue.toObject(m.values[j], o, q + 1);
                    }
                }
                return d;
            };

            /**
             * Converts this AnalysisPoint to JSON.
             * @function toJSON
             * @memberof wx.v1.AnalysisPoint
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            AnalysisPoint.prototype.toJSON = function() {
                return AnalysisPoint.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for AnalysisPoint
             * @function getTypeUrl
             * @memberof wx.v1.AnalysisPoint
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            AnalysisPoint.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/wx.v1.AnalysisPoint";
            };

            return AnalysisPoint;
        })();

        v1.LatestAnalysis = (function() {

            /**
             * Properties of a LatestAnalysis.
             * @typedef {Object} wx.v1.LatestAnalysis.$Properties
             * @property {number|null} [timeMs] LatestAnalysis timeMs
             * @property {Array.<wx.v1.AnalysisPoint.$Properties>|null} [points] LatestAnalysis points
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a LatestAnalysis.
             * @memberof wx.v1
             * @interface ILatestAnalysis
             * @augments wx.v1.LatestAnalysis.$Properties
             * @deprecated Use wx.v1.LatestAnalysis.$Properties instead.
             */

            /**
             * Shape of a LatestAnalysis.
             * @typedef {wx.v1.LatestAnalysis.$Properties} wx.v1.LatestAnalysis.$Shape
             */

            /**
             * Constructs a new LatestAnalysis.
             * @memberof wx.v1
             * @classdesc Represents a LatestAnalysis.
             * @constructor
             * @param {wx.v1.LatestAnalysis.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const LatestAnalysis = function (p) {
                this.points = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * LatestAnalysis timeMs.
             * @member {number} timeMs
             * @memberof wx.v1.LatestAnalysis
             * @instance
             */
            LatestAnalysis.prototype.timeMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * LatestAnalysis points.
             * @member {Array.<wx.v1.AnalysisPoint.$Properties>} points
             * @memberof wx.v1.LatestAnalysis
             * @instance
             */
            LatestAnalysis.prototype.points = $util.emptyArray;

            /**
             * Creates a new LatestAnalysis instance using the specified properties.
             * @function create
             * @memberof wx.v1.LatestAnalysis
             * @static
             * @param {wx.v1.LatestAnalysis.$Properties=} [properties] Properties to set
             * @returns {wx.v1.LatestAnalysis} LatestAnalysis instance
             * @type {{
             *   (properties: wx.v1.LatestAnalysis.$Shape): wx.v1.LatestAnalysis & wx.v1.LatestAnalysis.$Shape;
             *   (properties?: wx.v1.LatestAnalysis.$Properties): wx.v1.LatestAnalysis;
             * }}
             */
            LatestAnalysis.create = function(properties) {
                return new LatestAnalysis(properties);
            };

            /**
             * Encodes the specified LatestAnalysis message. Does not implicitly {@link wx.v1.LatestAnalysis.verify|verify} messages.
             * @function encode
             * @memberof wx.v1.LatestAnalysis
             * @static
             * @param {wx.v1.LatestAnalysis.$Properties} m LatestAnalysis message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LatestAnalysis.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.timeMs != null && $Object.hasOwnProperty.call(m, "timeMs") && (typeof m.timeMs === "object" ? m.timeMs.low || m.timeMs.high : m.timeMs !== 0))
                    w.uint32(/* id 1, wireType 0 =*/8).int64(m.timeMs);
                if (m.points != null && m.points.length) {
                    for (var i = 0; i < m.points.length; ++i)
                        $root.wx.v1.AnalysisPoint.encode(m.points[i], w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified LatestAnalysis message, length delimited. Does not implicitly {@link wx.v1.LatestAnalysis.verify|verify} messages.
             * @function encodeDelimited
             * @memberof wx.v1.LatestAnalysis
             * @static
             * @param {wx.v1.LatestAnalysis.$Properties} message LatestAnalysis message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LatestAnalysis.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a LatestAnalysis message from the specified reader or buffer.
             * @function decode
             * @memberof wx.v1.LatestAnalysis
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {wx.v1.LatestAnalysis & wx.v1.LatestAnalysis.$Shape} LatestAnalysis
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LatestAnalysis.decode = function (r, l, z, q, g) {
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
                m = g || new $root.wx.v1.LatestAnalysis();
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
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.timeMs = v;
                            else
                                delete m.timeMs;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if (!(m.points && m.points.length))
                                m.points = [];
                            m.points.push($root.wx.v1.AnalysisPoint.decode(r, r.size(), $undefined, q + 1));
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
             * Decodes a LatestAnalysis message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof wx.v1.LatestAnalysis
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {wx.v1.LatestAnalysis & wx.v1.LatestAnalysis.$Shape} LatestAnalysis
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LatestAnalysis.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a LatestAnalysis message.
             * @function verify
             * @memberof wx.v1.LatestAnalysis
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            LatestAnalysis.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.timeMs != null && $Object.hasOwnProperty.call(m, "timeMs")) {
                    if (!$util.isInteger(m.timeMs) && !(m.timeMs && $util.isInteger(m.timeMs.low) && $util.isInteger(m.timeMs.high)))
                        return "timeMs: integer|Long expected";
                }
                if (m.points != null && $Object.hasOwnProperty.call(m, "points")) {
                    if (!$Array.isArray(m.points))
                        return "points: array expected";
                    for (var i = 0; i < m.points.length; ++i) {
                        {
                            var e = $root.wx.v1.AnalysisPoint.verify(m.points[i], q + 1);
                            if (e)
                                return "points." + e;
                        }
                    }
                }
                return null;
            };

            /**
             * Creates a LatestAnalysis message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof wx.v1.LatestAnalysis
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {wx.v1.LatestAnalysis} LatestAnalysis
             */
            LatestAnalysis.fromObject = function (d, q) {
                if (d instanceof $root.wx.v1.LatestAnalysis)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".wx.v1.LatestAnalysis: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.wx.v1.LatestAnalysis();
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
                if (d.points) {
                    if (!$Array.isArray(d.points))
                        throw $TypeError(".wx.v1.LatestAnalysis.points: array expected");
                    m.points = $Array(d.points.length);
                    for (var i = 0; i < d.points.length; ++i) {
                        if (!$util.isObject(d.points[i]))
                            throw $TypeError(".wx.v1.LatestAnalysis.points: object expected");
                        m.points[i] = $root.wx.v1.AnalysisPoint.fromObject(d.points[i], q + 1);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a LatestAnalysis message. Also converts values to other types if specified.
             * @function toObject
             * @memberof wx.v1.LatestAnalysis
             * @static
             * @param {wx.v1.LatestAnalysis} m LatestAnalysis
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            LatestAnalysis.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.points = [];
                }
                if (o.defaults) {
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.timeMs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.timeMs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (m.timeMs != null && $Object.hasOwnProperty.call(m, "timeMs")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.timeMs = typeof m.timeMs === "number" ? $BigInt(m.timeMs) : $util.Long.fromBits(m.timeMs.low >>> 0, m.timeMs.high >>> 0, false).toBigInt();
                    else if (typeof m.timeMs === "number")
                        d.timeMs = o.longs === $String ? $String(m.timeMs) : m.timeMs;
                    else
                        d.timeMs = o.longs === $String ? $util.Long.prototype.toString.call(m.timeMs) : o.longs === $Number ? new $util.LongBits(m.timeMs.low >>> 0, m.timeMs.high >>> 0).toNumber() : m.timeMs;
                }
                if (m.points && m.points.length) {
                    d.points = $Array(m.points.length);
                    for (var j = 0; j < m.points.length; ++j) {
                        d.points[j] = $root.wx.v1.AnalysisPoint.toObject(m.points[j], o, q + 1);
                    }
                }
                return d;
            };

            /**
             * Converts this LatestAnalysis to JSON.
             * @function toJSON
             * @memberof wx.v1.LatestAnalysis
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            LatestAnalysis.prototype.toJSON = function() {
                return LatestAnalysis.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for LatestAnalysis
             * @function getTypeUrl
             * @memberof wx.v1.LatestAnalysis
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            LatestAnalysis.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/wx.v1.LatestAnalysis";
            };

            return LatestAnalysis;
        })();

        v1.TileRequest = (function() {

            /**
             * Properties of a TileRequest.
             * @typedef {Object} wx.v1.TileRequest.$Properties
             * @property {string|null} [variable] TileRequest variable
             * @property {number|null} [z] TileRequest z
             * @property {number|null} [x] TileRequest x
             * @property {number|null} [y] TileRequest y
             * @property {number|null} [leadHours] TileRequest leadHours
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a TileRequest.
             * @memberof wx.v1
             * @interface ITileRequest
             * @augments wx.v1.TileRequest.$Properties
             * @deprecated Use wx.v1.TileRequest.$Properties instead.
             */

            /**
             * Shape of a TileRequest.
             * @typedef {wx.v1.TileRequest.$Properties} wx.v1.TileRequest.$Shape
             */

            /**
             * Constructs a new TileRequest.
             * @memberof wx.v1
             * @classdesc Represents a TileRequest.
             * @constructor
             * @param {wx.v1.TileRequest.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const TileRequest = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * TileRequest variable.
             * @member {string} variable
             * @memberof wx.v1.TileRequest
             * @instance
             */
            TileRequest.prototype.variable = "";

            /**
             * TileRequest z.
             * @member {number} z
             * @memberof wx.v1.TileRequest
             * @instance
             */
            TileRequest.prototype.z = 0;

            /**
             * TileRequest x.
             * @member {number} x
             * @memberof wx.v1.TileRequest
             * @instance
             */
            TileRequest.prototype.x = 0;

            /**
             * TileRequest y.
             * @member {number} y
             * @memberof wx.v1.TileRequest
             * @instance
             */
            TileRequest.prototype.y = 0;

            /**
             * TileRequest leadHours.
             * @member {number} leadHours
             * @memberof wx.v1.TileRequest
             * @instance
             */
            TileRequest.prototype.leadHours = 0;

            /**
             * Creates a new TileRequest instance using the specified properties.
             * @function create
             * @memberof wx.v1.TileRequest
             * @static
             * @param {wx.v1.TileRequest.$Properties=} [properties] Properties to set
             * @returns {wx.v1.TileRequest} TileRequest instance
             * @type {{
             *   (properties: wx.v1.TileRequest.$Shape): wx.v1.TileRequest & wx.v1.TileRequest.$Shape;
             *   (properties?: wx.v1.TileRequest.$Properties): wx.v1.TileRequest;
             * }}
             */
            TileRequest.create = function(properties) {
                return new TileRequest(properties);
            };

            /**
             * Encodes the specified TileRequest message. Does not implicitly {@link wx.v1.TileRequest.verify|verify} messages.
             * @function encode
             * @memberof wx.v1.TileRequest
             * @static
             * @param {wx.v1.TileRequest.$Properties} m TileRequest message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TileRequest.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.variable != null && $Object.hasOwnProperty.call(m, "variable") && m.variable !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.variable);
                if (m.z != null && $Object.hasOwnProperty.call(m, "z") && m.z !== 0)
                    w.uint32(/* id 2, wireType 0 =*/16).uint32(m.z);
                if (m.x != null && $Object.hasOwnProperty.call(m, "x") && m.x !== 0)
                    w.uint32(/* id 3, wireType 0 =*/24).uint32(m.x);
                if (m.y != null && $Object.hasOwnProperty.call(m, "y") && m.y !== 0)
                    w.uint32(/* id 4, wireType 0 =*/32).uint32(m.y);
                if (m.leadHours != null && $Object.hasOwnProperty.call(m, "leadHours") && !$Object.is(m.leadHours, 0))
                    w.uint32(/* id 5, wireType 1 =*/41).double(m.leadHours);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified TileRequest message, length delimited. Does not implicitly {@link wx.v1.TileRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof wx.v1.TileRequest
             * @static
             * @param {wx.v1.TileRequest.$Properties} message TileRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TileRequest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a TileRequest message from the specified reader or buffer.
             * @function decode
             * @memberof wx.v1.TileRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {wx.v1.TileRequest & wx.v1.TileRequest.$Shape} TileRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TileRequest.decode = function (r, l, z, q, g) {
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
                m = g || new $root.wx.v1.TileRequest();
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
                                m.variable = v;
                            else
                                delete m.variable;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.z = v;
                            else
                                delete m.z;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.x = v;
                            else
                                delete m.x;
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.y = v;
                            else
                                delete m.y;
                            continue;
                        }
                    case 5: {
                            if (u !== 1)
                                break;
                            if (!$Object.is(v = r.double(), 0))
                                m.leadHours = v;
                            else
                                delete m.leadHours;
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
             * Decodes a TileRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof wx.v1.TileRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {wx.v1.TileRequest & wx.v1.TileRequest.$Shape} TileRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TileRequest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a TileRequest message.
             * @function verify
             * @memberof wx.v1.TileRequest
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            TileRequest.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.variable != null && $Object.hasOwnProperty.call(m, "variable")) {
                    if (!$util.isString(m.variable))
                        return "variable: string expected";
                }
                if (m.z != null && $Object.hasOwnProperty.call(m, "z")) {
                    if (!$util.isInteger(m.z))
                        return "z: integer expected";
                }
                if (m.x != null && $Object.hasOwnProperty.call(m, "x")) {
                    if (!$util.isInteger(m.x))
                        return "x: integer expected";
                }
                if (m.y != null && $Object.hasOwnProperty.call(m, "y")) {
                    if (!$util.isInteger(m.y))
                        return "y: integer expected";
                }
                if (m.leadHours != null && $Object.hasOwnProperty.call(m, "leadHours")) {
                    if (typeof m.leadHours !== "number")
                        return "leadHours: number expected";
                }
                return null;
            };

            /**
             * Creates a TileRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof wx.v1.TileRequest
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {wx.v1.TileRequest} TileRequest
             */
            TileRequest.fromObject = function (d, q) {
                if (d instanceof $root.wx.v1.TileRequest)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".wx.v1.TileRequest: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.wx.v1.TileRequest();
                if (d.variable != null) {
                    if (typeof d.variable !== "string" || d.variable.length) {
                        m.variable = $String(d.variable);
                    }
                }
                if (d.z != null) {
                    if ($Number(d.z) !== 0) {
                        m.z = d.z >>> 0;
                    }
                }
                if (d.x != null) {
                    if ($Number(d.x) !== 0) {
                        m.x = d.x >>> 0;
                    }
                }
                if (d.y != null) {
                    if ($Number(d.y) !== 0) {
                        m.y = d.y >>> 0;
                    }
                }
                if (d.leadHours != null) {
                    if (!$Object.is($Number(d.leadHours), 0)) {
                        m.leadHours = $Number(d.leadHours);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a TileRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof wx.v1.TileRequest
             * @static
             * @param {wx.v1.TileRequest} m TileRequest
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            TileRequest.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.variable = "";
                    d.z = 0;
                    d.x = 0;
                    d.y = 0;
                    d.leadHours = 0;
                }
                if (m.variable != null && $Object.hasOwnProperty.call(m, "variable")) {
                    d.variable = m.variable;
                }
                if (m.z != null && $Object.hasOwnProperty.call(m, "z")) {
                    d.z = m.z;
                }
                if (m.x != null && $Object.hasOwnProperty.call(m, "x")) {
                    d.x = m.x;
                }
                if (m.y != null && $Object.hasOwnProperty.call(m, "y")) {
                    d.y = m.y;
                }
                if (m.leadHours != null && $Object.hasOwnProperty.call(m, "leadHours")) {
                    d.leadHours = o.json && !$isFinite(m.leadHours) ? $String(m.leadHours) : m.leadHours;
                }
                return d;
            };

            /**
             * Converts this TileRequest to JSON.
             * @function toJSON
             * @memberof wx.v1.TileRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            TileRequest.prototype.toJSON = function() {
                return TileRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for TileRequest
             * @function getTypeUrl
             * @memberof wx.v1.TileRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            TileRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/wx.v1.TileRequest";
            };

            return TileRequest;
        })();

        v1.Tile = (function() {

            /**
             * Properties of a Tile.
             * @typedef {Object} wx.v1.Tile.$Properties
             * @property {Uint8Array|null} [png] Tile png
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Tile.
             * @memberof wx.v1
             * @interface ITile
             * @augments wx.v1.Tile.$Properties
             * @deprecated Use wx.v1.Tile.$Properties instead.
             */

            /**
             * Shape of a Tile.
             * @typedef {wx.v1.Tile.$Properties} wx.v1.Tile.$Shape
             */

            /**
             * Constructs a new Tile.
             * @memberof wx.v1
             * @classdesc Represents a Tile.
             * @constructor
             * @param {wx.v1.Tile.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Tile = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Tile png.
             * @member {Uint8Array} png
             * @memberof wx.v1.Tile
             * @instance
             */
            Tile.prototype.png = $util.newBuffer([]);

            /**
             * Creates a new Tile instance using the specified properties.
             * @function create
             * @memberof wx.v1.Tile
             * @static
             * @param {wx.v1.Tile.$Properties=} [properties] Properties to set
             * @returns {wx.v1.Tile} Tile instance
             * @type {{
             *   (properties: wx.v1.Tile.$Shape): wx.v1.Tile & wx.v1.Tile.$Shape;
             *   (properties?: wx.v1.Tile.$Properties): wx.v1.Tile;
             * }}
             */
            Tile.create = function(properties) {
                return new Tile(properties);
            };

            /**
             * Encodes the specified Tile message. Does not implicitly {@link wx.v1.Tile.verify|verify} messages.
             * @function encode
             * @memberof wx.v1.Tile
             * @static
             * @param {wx.v1.Tile.$Properties} m Tile message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Tile.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.png != null && $Object.hasOwnProperty.call(m, "png") && m.png.length)
                    w.uint32(/* id 1, wireType 2 =*/10).bytes(m.png);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified Tile message, length delimited. Does not implicitly {@link wx.v1.Tile.verify|verify} messages.
             * @function encodeDelimited
             * @memberof wx.v1.Tile
             * @static
             * @param {wx.v1.Tile.$Properties} message Tile message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Tile.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Tile message from the specified reader or buffer.
             * @function decode
             * @memberof wx.v1.Tile
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {wx.v1.Tile & wx.v1.Tile.$Shape} Tile
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Tile.decode = function (r, l, z, q, g) {
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
                m = g || new $root.wx.v1.Tile();
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
                            if ((v = r.bytes()).length)
                                m.png = v;
                            else
                                delete m.png;
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
             * Decodes a Tile message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof wx.v1.Tile
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {wx.v1.Tile & wx.v1.Tile.$Shape} Tile
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Tile.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Tile message.
             * @function verify
             * @memberof wx.v1.Tile
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Tile.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.png != null && $Object.hasOwnProperty.call(m, "png")) {
                    if (!(m.png && typeof m.png.length === "number" || $util.isString(m.png)))
                        return "png: buffer expected";
                }
                return null;
            };

            /**
             * Creates a Tile message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof wx.v1.Tile
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {wx.v1.Tile} Tile
             */
            Tile.fromObject = function (d, q) {
                if (d instanceof $root.wx.v1.Tile)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".wx.v1.Tile: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.wx.v1.Tile();
                if (d.png != null) {
                    if (d.png.length) {
                        if (typeof d.png === "string")
                            $util.base64.decode(d.png, m.png = $util.newBuffer($util.base64.length(d.png)), 0);
                        else if (d.png.length >= 0)
                            m.png = d.png;
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a Tile message. Also converts values to other types if specified.
             * @function toObject
             * @memberof wx.v1.Tile
             * @static
             * @param {wx.v1.Tile} m Tile
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Tile.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    if (o.bytes === $String)
                        d.png = "";
                    else {
                        d.png = [];
                        if (o.bytes !== $Array)
                            d.png = $util.newBuffer(d.png);
                    }
                }
                if (m.png != null && $Object.hasOwnProperty.call(m, "png")) {
                    d.png = o.bytes === $String ? $util.base64.encode(m.png, 0, m.png.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.png) : m.png;
                }
                return d;
            };

            /**
             * Converts this Tile to JSON.
             * @function toJSON
             * @memberof wx.v1.Tile
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Tile.prototype.toJSON = function() {
                return Tile.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Tile
             * @function getTypeUrl
             * @memberof wx.v1.Tile
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Tile.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/wx.v1.Tile";
            };

            return Tile;
        })();

        v1.Fields = (function() {

            /**
             * Constructs a new Fields service.
             * @memberof wx.v1
             * @classdesc Represents a Fields
             * @extends $protobuf.rpc.Service
             * @constructor
             * @param {$protobuf.RPCImpl} rpcImpl RPC implementation
             * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
             * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
             */
            const Fields = function(rpcImpl, requestDelimited, responseDelimited) {
                $protobuf.rpc.Service.call(this, rpcImpl, requestDelimited, responseDelimited);
            };

            $Object.defineProperty(Fields.prototype = $Object.create($protobuf.rpc.Service.prototype), "constructor", { value: Fields, writable: true, enumerable: false, configurable: true });

            /**
             * Creates new Fields service using the specified rpc implementation.
             * @function create
             * @memberof wx.v1.Fields
             * @static
             * @param {$protobuf.RPCImpl} rpcImpl RPC implementation
             * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
             * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
             * @returns {Fields} RPC service. Useful where requests and/or responses are streamed.
             */
            Fields.create = function(rpcImpl, requestDelimited, responseDelimited) {
                return new this(rpcImpl, requestDelimited, responseDelimited);
            };

            /**
             * Callback as used by {@link wx.v1.Fields#getPointForecast}.
             * @memberof wx.v1.Fields
             * @typedef GetPointForecastCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {wx.v1.PointForecast} [response] PointForecast
             */

            /**
             * Calls GetPointForecast.
             * @memberof wx.v1.Fields
             * @typedef GetPointForecast
             * @type {{
             *   (request: wx.v1.IPointForecastRequest, callback: wx.v1.Fields.GetPointForecastCallback): void;
             *   (request: wx.v1.IPointForecastRequest): Promise<wx.v1.PointForecast>;
             *   readonly name: "GetPointForecast";
             *   readonly path: "/wx.v1.Fields/GetPointForecast";
             *   readonly requestType: "PointForecastRequest";
             *   readonly responseType: "PointForecast";
             *   readonly requestStream: undefined;
             *   readonly responseStream: undefined;
             * }}
             */

            /**
             * Calls GetPointForecast.
             * @name wx.v1.Fields#getPointForecast
             * @type {wx.v1.Fields.GetPointForecast}
             */
            $Object.defineProperties(Fields.prototype.getPointForecast = function(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, Fields.prototype.getPointForecast, $root.wx.v1.PointForecastRequest, $root.wx.v1.PointForecast, request, callback);
            }, {
                name: { value: "GetPointForecast" },
                path: { value: "/wx.v1.Fields/GetPointForecast" },
                requestType: { value: "PointForecastRequest" },
                responseType: { value: "PointForecast" },
                requestStream: { value: $undefined },
                responseStream: { value: $undefined }
            });

            /**
             * Callback as used by {@link wx.v1.Fields#getLatestAnalysis}.
             * @memberof wx.v1.Fields
             * @typedef GetLatestAnalysisCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {wx.v1.LatestAnalysis} [response] LatestAnalysis
             */

            /**
             * Calls GetLatestAnalysis.
             * @memberof wx.v1.Fields
             * @typedef GetLatestAnalysis
             * @type {{
             *   (request: wx.v1.ILatestAnalysisRequest, callback: wx.v1.Fields.GetLatestAnalysisCallback): void;
             *   (request: wx.v1.ILatestAnalysisRequest): Promise<wx.v1.LatestAnalysis>;
             *   readonly name: "GetLatestAnalysis";
             *   readonly path: "/wx.v1.Fields/GetLatestAnalysis";
             *   readonly requestType: "LatestAnalysisRequest";
             *   readonly responseType: "LatestAnalysis";
             *   readonly requestStream: undefined;
             *   readonly responseStream: undefined;
             * }}
             */

            /**
             * Calls GetLatestAnalysis.
             * @name wx.v1.Fields#getLatestAnalysis
             * @type {wx.v1.Fields.GetLatestAnalysis}
             */
            $Object.defineProperties(Fields.prototype.getLatestAnalysis = function(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, Fields.prototype.getLatestAnalysis, $root.wx.v1.LatestAnalysisRequest, $root.wx.v1.LatestAnalysis, request, callback);
            }, {
                name: { value: "GetLatestAnalysis" },
                path: { value: "/wx.v1.Fields/GetLatestAnalysis" },
                requestType: { value: "LatestAnalysisRequest" },
                responseType: { value: "LatestAnalysis" },
                requestStream: { value: $undefined },
                responseStream: { value: $undefined }
            });

            /**
             * Callback as used by {@link wx.v1.Fields#getTile}.
             * @memberof wx.v1.Fields
             * @typedef GetTileCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {wx.v1.Tile} [response] Tile
             */

            /**
             * Calls GetTile.
             * @memberof wx.v1.Fields
             * @typedef GetTile
             * @type {{
             *   (request: wx.v1.ITileRequest, callback: wx.v1.Fields.GetTileCallback): void;
             *   (request: wx.v1.ITileRequest): Promise<wx.v1.Tile>;
             *   readonly name: "GetTile";
             *   readonly path: "/wx.v1.Fields/GetTile";
             *   readonly requestType: "TileRequest";
             *   readonly responseType: "Tile";
             *   readonly requestStream: undefined;
             *   readonly responseStream: undefined;
             * }}
             */

            /**
             * Calls GetTile.
             * @name wx.v1.Fields#getTile
             * @type {wx.v1.Fields.GetTile}
             */
            $Object.defineProperties(Fields.prototype.getTile = function(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, Fields.prototype.getTile, $root.wx.v1.TileRequest, $root.wx.v1.Tile, request, callback);
            }, {
                name: { value: "GetTile" },
                path: { value: "/wx.v1.Fields/GetTile" },
                requestType: { value: "TileRequest" },
                responseType: { value: "Tile" },
                requestStream: { value: $undefined },
                responseStream: { value: $undefined }
            });

            return Fields;
        })();

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

        v1.WatchDeploysRequest = (function() {

            /**
             * Properties of a WatchDeploysRequest.
             * @typedef {Object} wx.v1.WatchDeploysRequest.$Properties
             * @property {string|null} [gatewayId] WatchDeploysRequest gatewayId
             * @property {Array.<string>|null} [deviceIds] WatchDeploysRequest deviceIds
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a WatchDeploysRequest.
             * @memberof wx.v1
             * @interface IWatchDeploysRequest
             * @augments wx.v1.WatchDeploysRequest.$Properties
             * @deprecated Use wx.v1.WatchDeploysRequest.$Properties instead.
             */

            /**
             * Shape of a WatchDeploysRequest.
             * @typedef {wx.v1.WatchDeploysRequest.$Properties} wx.v1.WatchDeploysRequest.$Shape
             */

            /**
             * Constructs a new WatchDeploysRequest.
             * @memberof wx.v1
             * @classdesc Represents a WatchDeploysRequest.
             * @constructor
             * @param {wx.v1.WatchDeploysRequest.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const WatchDeploysRequest = function (p) {
                this.deviceIds = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * WatchDeploysRequest gatewayId.
             * @member {string} gatewayId
             * @memberof wx.v1.WatchDeploysRequest
             * @instance
             */
            WatchDeploysRequest.prototype.gatewayId = "";

            /**
             * WatchDeploysRequest deviceIds.
             * @member {Array.<string>} deviceIds
             * @memberof wx.v1.WatchDeploysRequest
             * @instance
             */
            WatchDeploysRequest.prototype.deviceIds = $util.emptyArray;

            /**
             * Creates a new WatchDeploysRequest instance using the specified properties.
             * @function create
             * @memberof wx.v1.WatchDeploysRequest
             * @static
             * @param {wx.v1.WatchDeploysRequest.$Properties=} [properties] Properties to set
             * @returns {wx.v1.WatchDeploysRequest} WatchDeploysRequest instance
             * @type {{
             *   (properties: wx.v1.WatchDeploysRequest.$Shape): wx.v1.WatchDeploysRequest & wx.v1.WatchDeploysRequest.$Shape;
             *   (properties?: wx.v1.WatchDeploysRequest.$Properties): wx.v1.WatchDeploysRequest;
             * }}
             */
            WatchDeploysRequest.create = function(properties) {
                return new WatchDeploysRequest(properties);
            };

            /**
             * Encodes the specified WatchDeploysRequest message. Does not implicitly {@link wx.v1.WatchDeploysRequest.verify|verify} messages.
             * @function encode
             * @memberof wx.v1.WatchDeploysRequest
             * @static
             * @param {wx.v1.WatchDeploysRequest.$Properties} m WatchDeploysRequest message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            WatchDeploysRequest.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.gatewayId != null && $Object.hasOwnProperty.call(m, "gatewayId") && m.gatewayId !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.gatewayId);
                if (m.deviceIds != null && m.deviceIds.length) {
                    for (var i = 0; i < m.deviceIds.length; ++i)
                        w.uint32(/* id 2, wireType 2 =*/18).string(m.deviceIds[i]);
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified WatchDeploysRequest message, length delimited. Does not implicitly {@link wx.v1.WatchDeploysRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof wx.v1.WatchDeploysRequest
             * @static
             * @param {wx.v1.WatchDeploysRequest.$Properties} message WatchDeploysRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            WatchDeploysRequest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a WatchDeploysRequest message from the specified reader or buffer.
             * @function decode
             * @memberof wx.v1.WatchDeploysRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {wx.v1.WatchDeploysRequest & wx.v1.WatchDeploysRequest.$Shape} WatchDeploysRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            WatchDeploysRequest.decode = function (r, l, z, q, g) {
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
                m = g || new $root.wx.v1.WatchDeploysRequest();
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
                                m.gatewayId = v;
                            else
                                delete m.gatewayId;
                            continue;
                        }
                    case 2: {
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
             * Decodes a WatchDeploysRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof wx.v1.WatchDeploysRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {wx.v1.WatchDeploysRequest & wx.v1.WatchDeploysRequest.$Shape} WatchDeploysRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            WatchDeploysRequest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a WatchDeploysRequest message.
             * @function verify
             * @memberof wx.v1.WatchDeploysRequest
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            WatchDeploysRequest.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.gatewayId != null && $Object.hasOwnProperty.call(m, "gatewayId")) {
                    if (!$util.isString(m.gatewayId))
                        return "gatewayId: string expected";
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
             * Creates a WatchDeploysRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof wx.v1.WatchDeploysRequest
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {wx.v1.WatchDeploysRequest} WatchDeploysRequest
             */
            WatchDeploysRequest.fromObject = function (d, q) {
                if (d instanceof $root.wx.v1.WatchDeploysRequest)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".wx.v1.WatchDeploysRequest: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.wx.v1.WatchDeploysRequest();
                if (d.gatewayId != null) {
                    if (typeof d.gatewayId !== "string" || d.gatewayId.length) {
                        m.gatewayId = $String(d.gatewayId);
                    }
                }
                if (d.deviceIds) {
                    if (!$Array.isArray(d.deviceIds))
                        throw $TypeError(".wx.v1.WatchDeploysRequest.deviceIds: array expected");
                    m.deviceIds = $Array(d.deviceIds.length);
                    for (var i = 0; i < d.deviceIds.length; ++i) {
                        m.deviceIds[i] = $String(d.deviceIds[i]);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a WatchDeploysRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof wx.v1.WatchDeploysRequest
             * @static
             * @param {wx.v1.WatchDeploysRequest} m WatchDeploysRequest
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            WatchDeploysRequest.toObject = function (m, o, q) {
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
                    d.gatewayId = "";
                }
                if (m.gatewayId != null && $Object.hasOwnProperty.call(m, "gatewayId")) {
                    d.gatewayId = m.gatewayId;
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
             * Converts this WatchDeploysRequest to JSON.
             * @function toJSON
             * @memberof wx.v1.WatchDeploysRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            WatchDeploysRequest.prototype.toJSON = function() {
                return WatchDeploysRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for WatchDeploysRequest
             * @function getTypeUrl
             * @memberof wx.v1.WatchDeploysRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            WatchDeploysRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/wx.v1.WatchDeploysRequest";
            };

            return WatchDeploysRequest;
        })();

        v1.DeviceDeploy = (function() {

            /**
             * Properties of a DeviceDeploy.
             * @typedef {Object} wx.v1.DeviceDeploy.$Properties
             * @property {string|null} [deviceId] DeviceDeploy deviceId
             * @property {wx.v1.ModelDeploy.$Properties|null} [deploy] DeviceDeploy deploy
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DeviceDeploy.
             * @memberof wx.v1
             * @interface IDeviceDeploy
             * @augments wx.v1.DeviceDeploy.$Properties
             * @deprecated Use wx.v1.DeviceDeploy.$Properties instead.
             */

            /**
             * Shape of a DeviceDeploy.
             * @typedef {wx.v1.DeviceDeploy.$Properties} wx.v1.DeviceDeploy.$Shape
             */

            /**
             * Constructs a new DeviceDeploy.
             * @memberof wx.v1
             * @classdesc Represents a DeviceDeploy.
             * @constructor
             * @param {wx.v1.DeviceDeploy.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DeviceDeploy = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * DeviceDeploy deviceId.
             * @member {string} deviceId
             * @memberof wx.v1.DeviceDeploy
             * @instance
             */
            DeviceDeploy.prototype.deviceId = "";

            /**
             * DeviceDeploy deploy.
             * @member {wx.v1.ModelDeploy.$Properties|null|undefined} deploy
             * @memberof wx.v1.DeviceDeploy
             * @instance
             */
            DeviceDeploy.prototype.deploy = null;

            /**
             * Creates a new DeviceDeploy instance using the specified properties.
             * @function create
             * @memberof wx.v1.DeviceDeploy
             * @static
             * @param {wx.v1.DeviceDeploy.$Properties=} [properties] Properties to set
             * @returns {wx.v1.DeviceDeploy} DeviceDeploy instance
             * @type {{
             *   (properties: wx.v1.DeviceDeploy.$Shape): wx.v1.DeviceDeploy & wx.v1.DeviceDeploy.$Shape;
             *   (properties?: wx.v1.DeviceDeploy.$Properties): wx.v1.DeviceDeploy;
             * }}
             */
            DeviceDeploy.create = function(properties) {
                return new DeviceDeploy(properties);
            };

            /**
             * Encodes the specified DeviceDeploy message. Does not implicitly {@link wx.v1.DeviceDeploy.verify|verify} messages.
             * @function encode
             * @memberof wx.v1.DeviceDeploy
             * @static
             * @param {wx.v1.DeviceDeploy.$Properties} m DeviceDeploy message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DeviceDeploy.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.deviceId != null && $Object.hasOwnProperty.call(m, "deviceId") && m.deviceId !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.deviceId);
                if (m.deploy != null && $Object.hasOwnProperty.call(m, "deploy"))
                    $root.wx.v1.ModelDeploy.encode(m.deploy, w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified DeviceDeploy message, length delimited. Does not implicitly {@link wx.v1.DeviceDeploy.verify|verify} messages.
             * @function encodeDelimited
             * @memberof wx.v1.DeviceDeploy
             * @static
             * @param {wx.v1.DeviceDeploy.$Properties} message DeviceDeploy message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DeviceDeploy.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a DeviceDeploy message from the specified reader or buffer.
             * @function decode
             * @memberof wx.v1.DeviceDeploy
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {wx.v1.DeviceDeploy & wx.v1.DeviceDeploy.$Shape} DeviceDeploy
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DeviceDeploy.decode = function (r, l, z, q, g) {
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
                m = g || new $root.wx.v1.DeviceDeploy();
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
                            m.deploy = $root.wx.v1.ModelDeploy.decode(r, r.size(), $undefined, q + 1, m.deploy);
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
             * Decodes a DeviceDeploy message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof wx.v1.DeviceDeploy
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {wx.v1.DeviceDeploy & wx.v1.DeviceDeploy.$Shape} DeviceDeploy
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DeviceDeploy.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a DeviceDeploy message.
             * @function verify
             * @memberof wx.v1.DeviceDeploy
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            DeviceDeploy.verify = function (m, q) {
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
                if (m.deploy != null && $Object.hasOwnProperty.call(m, "deploy")) {
                    {
                        var e = $root.wx.v1.ModelDeploy.verify(m.deploy, q + 1);
                        if (e)
                            return "deploy." + e;
                    }
                }
                return null;
            };

            /**
             * Creates a DeviceDeploy message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof wx.v1.DeviceDeploy
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {wx.v1.DeviceDeploy} DeviceDeploy
             */
            DeviceDeploy.fromObject = function (d, q) {
                if (d instanceof $root.wx.v1.DeviceDeploy)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".wx.v1.DeviceDeploy: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.wx.v1.DeviceDeploy();
                if (d.deviceId != null) {
                    if (typeof d.deviceId !== "string" || d.deviceId.length) {
                        m.deviceId = $String(d.deviceId);
                    }
                }
                if (d.deploy != null) {
                    if (!$util.isObject(d.deploy))
                        throw $TypeError(".wx.v1.DeviceDeploy.deploy: object expected");
                    m.deploy = $root.wx.v1.ModelDeploy.fromObject(d.deploy, q + 1);
                }
                return m;
            };

            /**
             * Creates a plain object from a DeviceDeploy message. Also converts values to other types if specified.
             * @function toObject
             * @memberof wx.v1.DeviceDeploy
             * @static
             * @param {wx.v1.DeviceDeploy} m DeviceDeploy
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            DeviceDeploy.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.deviceId = "";
                    d.deploy = null;
                }
                if (m.deviceId != null && $Object.hasOwnProperty.call(m, "deviceId")) {
                    d.deviceId = m.deviceId;
                }
                if (m.deploy != null && $Object.hasOwnProperty.call(m, "deploy")) {
                    d.deploy = $root.wx.v1.ModelDeploy.toObject(m.deploy, o, q + 1);
                }
                return d;
            };

            /**
             * Converts this DeviceDeploy to JSON.
             * @function toJSON
             * @memberof wx.v1.DeviceDeploy
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            DeviceDeploy.prototype.toJSON = function() {
                return DeviceDeploy.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for DeviceDeploy
             * @function getTypeUrl
             * @memberof wx.v1.DeviceDeploy
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            DeviceDeploy.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/wx.v1.DeviceDeploy";
            };

            return DeviceDeploy;
        })();

        v1.DeploySet = (function() {

            /**
             * Properties of a DeploySet.
             * @typedef {Object} wx.v1.DeploySet.$Properties
             * @property {Array.<wx.v1.DeviceDeploy.$Properties>|null} [deploys] DeploySet deploys
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DeploySet.
             * @memberof wx.v1
             * @interface IDeploySet
             * @augments wx.v1.DeploySet.$Properties
             * @deprecated Use wx.v1.DeploySet.$Properties instead.
             */

            /**
             * Shape of a DeploySet.
             * @typedef {wx.v1.DeploySet.$Properties} wx.v1.DeploySet.$Shape
             */

            /**
             * Constructs a new DeploySet.
             * @memberof wx.v1
             * @classdesc Represents a DeploySet.
             * @constructor
             * @param {wx.v1.DeploySet.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DeploySet = function (p) {
                this.deploys = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * DeploySet deploys.
             * @member {Array.<wx.v1.DeviceDeploy.$Properties>} deploys
             * @memberof wx.v1.DeploySet
             * @instance
             */
            DeploySet.prototype.deploys = $util.emptyArray;

            /**
             * Creates a new DeploySet instance using the specified properties.
             * @function create
             * @memberof wx.v1.DeploySet
             * @static
             * @param {wx.v1.DeploySet.$Properties=} [properties] Properties to set
             * @returns {wx.v1.DeploySet} DeploySet instance
             * @type {{
             *   (properties: wx.v1.DeploySet.$Shape): wx.v1.DeploySet & wx.v1.DeploySet.$Shape;
             *   (properties?: wx.v1.DeploySet.$Properties): wx.v1.DeploySet;
             * }}
             */
            DeploySet.create = function(properties) {
                return new DeploySet(properties);
            };

            /**
             * Encodes the specified DeploySet message. Does not implicitly {@link wx.v1.DeploySet.verify|verify} messages.
             * @function encode
             * @memberof wx.v1.DeploySet
             * @static
             * @param {wx.v1.DeploySet.$Properties} m DeploySet message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DeploySet.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.deploys != null && m.deploys.length) {
                    for (var i = 0; i < m.deploys.length; ++i)
                        $root.wx.v1.DeviceDeploy.encode(m.deploys[i], w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified DeploySet message, length delimited. Does not implicitly {@link wx.v1.DeploySet.verify|verify} messages.
             * @function encodeDelimited
             * @memberof wx.v1.DeploySet
             * @static
             * @param {wx.v1.DeploySet.$Properties} message DeploySet message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DeploySet.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a DeploySet message from the specified reader or buffer.
             * @function decode
             * @memberof wx.v1.DeploySet
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {wx.v1.DeploySet & wx.v1.DeploySet.$Shape} DeploySet
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DeploySet.decode = function (r, l, z, q, g) {
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
                m = g || new $root.wx.v1.DeploySet();
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
                            if (!(m.deploys && m.deploys.length))
                                m.deploys = [];
                            m.deploys.push($root.wx.v1.DeviceDeploy.decode(r, r.size(), $undefined, q + 1));
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
             * Decodes a DeploySet message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof wx.v1.DeploySet
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {wx.v1.DeploySet & wx.v1.DeploySet.$Shape} DeploySet
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DeploySet.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a DeploySet message.
             * @function verify
             * @memberof wx.v1.DeploySet
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            DeploySet.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.deploys != null && $Object.hasOwnProperty.call(m, "deploys")) {
                    if (!$Array.isArray(m.deploys))
                        return "deploys: array expected";
                    for (var i = 0; i < m.deploys.length; ++i) {
                        {
                            var e = $root.wx.v1.DeviceDeploy.verify(m.deploys[i], q + 1);
                            if (e)
                                return "deploys." + e;
                        }
                    }
                }
                return null;
            };

            /**
             * Creates a DeploySet message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof wx.v1.DeploySet
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {wx.v1.DeploySet} DeploySet
             */
            DeploySet.fromObject = function (d, q) {
                if (d instanceof $root.wx.v1.DeploySet)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".wx.v1.DeploySet: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.wx.v1.DeploySet();
                if (d.deploys) {
                    if (!$Array.isArray(d.deploys))
                        throw $TypeError(".wx.v1.DeploySet.deploys: array expected");
                    m.deploys = $Array(d.deploys.length);
                    for (var i = 0; i < d.deploys.length; ++i) {
                        if (!$util.isObject(d.deploys[i]))
                            throw $TypeError(".wx.v1.DeploySet.deploys: object expected");
                        m.deploys[i] = $root.wx.v1.DeviceDeploy.fromObject(d.deploys[i], q + 1);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a DeploySet message. Also converts values to other types if specified.
             * @function toObject
             * @memberof wx.v1.DeploySet
             * @static
             * @param {wx.v1.DeploySet} m DeploySet
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            DeploySet.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.deploys = [];
                }
                if (m.deploys && m.deploys.length) {
                    d.deploys = $Array(m.deploys.length);
                    for (var j = 0; j < m.deploys.length; ++j) {
                        d.deploys[j] = $root.wx.v1.DeviceDeploy.toObject(m.deploys[j], o, q + 1);
                    }
                }
                return d;
            };

            /**
             * Converts this DeploySet to JSON.
             * @function toJSON
             * @memberof wx.v1.DeploySet
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            DeploySet.prototype.toJSON = function() {
                return DeploySet.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for DeploySet
             * @function getTypeUrl
             * @memberof wx.v1.DeploySet
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            DeploySet.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/wx.v1.DeploySet";
            };

            return DeploySet;
        })();

        v1.FetchChunkRequest = (function() {

            /**
             * Properties of a FetchChunkRequest.
             * @typedef {Object} wx.v1.FetchChunkRequest.$Properties
             * @property {string|null} [modelId] FetchChunkRequest modelId
             * @property {string|null} [version] FetchChunkRequest version
             * @property {number|null} [offset] FetchChunkRequest offset
             * @property {number|null} [length] FetchChunkRequest length
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a FetchChunkRequest.
             * @memberof wx.v1
             * @interface IFetchChunkRequest
             * @augments wx.v1.FetchChunkRequest.$Properties
             * @deprecated Use wx.v1.FetchChunkRequest.$Properties instead.
             */

            /**
             * Shape of a FetchChunkRequest.
             * @typedef {wx.v1.FetchChunkRequest.$Properties} wx.v1.FetchChunkRequest.$Shape
             */

            /**
             * Constructs a new FetchChunkRequest.
             * @memberof wx.v1
             * @classdesc Represents a FetchChunkRequest.
             * @constructor
             * @param {wx.v1.FetchChunkRequest.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const FetchChunkRequest = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * FetchChunkRequest modelId.
             * @member {string} modelId
             * @memberof wx.v1.FetchChunkRequest
             * @instance
             */
            FetchChunkRequest.prototype.modelId = "";

            /**
             * FetchChunkRequest version.
             * @member {string} version
             * @memberof wx.v1.FetchChunkRequest
             * @instance
             */
            FetchChunkRequest.prototype.version = "";

            /**
             * FetchChunkRequest offset.
             * @member {number} offset
             * @memberof wx.v1.FetchChunkRequest
             * @instance
             */
            FetchChunkRequest.prototype.offset = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * FetchChunkRequest length.
             * @member {number} length
             * @memberof wx.v1.FetchChunkRequest
             * @instance
             */
            FetchChunkRequest.prototype.length = 0;

            /**
             * Creates a new FetchChunkRequest instance using the specified properties.
             * @function create
             * @memberof wx.v1.FetchChunkRequest
             * @static
             * @param {wx.v1.FetchChunkRequest.$Properties=} [properties] Properties to set
             * @returns {wx.v1.FetchChunkRequest} FetchChunkRequest instance
             * @type {{
             *   (properties: wx.v1.FetchChunkRequest.$Shape): wx.v1.FetchChunkRequest & wx.v1.FetchChunkRequest.$Shape;
             *   (properties?: wx.v1.FetchChunkRequest.$Properties): wx.v1.FetchChunkRequest;
             * }}
             */
            FetchChunkRequest.create = function(properties) {
                return new FetchChunkRequest(properties);
            };

            /**
             * Encodes the specified FetchChunkRequest message. Does not implicitly {@link wx.v1.FetchChunkRequest.verify|verify} messages.
             * @function encode
             * @memberof wx.v1.FetchChunkRequest
             * @static
             * @param {wx.v1.FetchChunkRequest.$Properties} m FetchChunkRequest message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            FetchChunkRequest.encode = function (m, w, q) {
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
                if (m.length != null && $Object.hasOwnProperty.call(m, "length") && m.length !== 0)
                    w.uint32(/* id 4, wireType 0 =*/32).uint32(m.length);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified FetchChunkRequest message, length delimited. Does not implicitly {@link wx.v1.FetchChunkRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof wx.v1.FetchChunkRequest
             * @static
             * @param {wx.v1.FetchChunkRequest.$Properties} message FetchChunkRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            FetchChunkRequest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a FetchChunkRequest message from the specified reader or buffer.
             * @function decode
             * @memberof wx.v1.FetchChunkRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {wx.v1.FetchChunkRequest & wx.v1.FetchChunkRequest.$Shape} FetchChunkRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            FetchChunkRequest.decode = function (r, l, z, q, g) {
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
                m = g || new $root.wx.v1.FetchChunkRequest();
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
             * Decodes a FetchChunkRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof wx.v1.FetchChunkRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {wx.v1.FetchChunkRequest & wx.v1.FetchChunkRequest.$Shape} FetchChunkRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            FetchChunkRequest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a FetchChunkRequest message.
             * @function verify
             * @memberof wx.v1.FetchChunkRequest
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            FetchChunkRequest.verify = function (m, q) {
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
                if (m.length != null && $Object.hasOwnProperty.call(m, "length")) {
                    if (!$util.isInteger(m.length))
                        return "length: integer expected";
                }
                return null;
            };

            /**
             * Creates a FetchChunkRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof wx.v1.FetchChunkRequest
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {wx.v1.FetchChunkRequest} FetchChunkRequest
             */
            FetchChunkRequest.fromObject = function (d, q) {
                if (d instanceof $root.wx.v1.FetchChunkRequest)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".wx.v1.FetchChunkRequest: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.wx.v1.FetchChunkRequest();
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
             * Creates a plain object from a FetchChunkRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof wx.v1.FetchChunkRequest
             * @static
             * @param {wx.v1.FetchChunkRequest} m FetchChunkRequest
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            FetchChunkRequest.toObject = function (m, o, q) {
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
                    d.length = 0;
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
             * Converts this FetchChunkRequest to JSON.
             * @function toJSON
             * @memberof wx.v1.FetchChunkRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            FetchChunkRequest.prototype.toJSON = function() {
                return FetchChunkRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for FetchChunkRequest
             * @function getTypeUrl
             * @memberof wx.v1.FetchChunkRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            FetchChunkRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/wx.v1.FetchChunkRequest";
            };

            return FetchChunkRequest;
        })();

        v1.GatewayControl = (function() {

            /**
             * Constructs a new GatewayControl service.
             * @memberof wx.v1
             * @classdesc Represents a GatewayControl
             * @extends $protobuf.rpc.Service
             * @constructor
             * @param {$protobuf.RPCImpl} rpcImpl RPC implementation
             * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
             * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
             */
            const GatewayControl = function(rpcImpl, requestDelimited, responseDelimited) {
                $protobuf.rpc.Service.call(this, rpcImpl, requestDelimited, responseDelimited);
            };

            $Object.defineProperty(GatewayControl.prototype = $Object.create($protobuf.rpc.Service.prototype), "constructor", { value: GatewayControl, writable: true, enumerable: false, configurable: true });

            /**
             * Creates new GatewayControl service using the specified rpc implementation.
             * @function create
             * @memberof wx.v1.GatewayControl
             * @static
             * @param {$protobuf.RPCImpl} rpcImpl RPC implementation
             * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
             * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
             * @returns {GatewayControl} RPC service. Useful where requests and/or responses are streamed.
             */
            GatewayControl.create = function(rpcImpl, requestDelimited, responseDelimited) {
                return new this(rpcImpl, requestDelimited, responseDelimited);
            };

            /**
             * Callback as used by {@link wx.v1.GatewayControl#watchDeploys}.
             * @memberof wx.v1.GatewayControl
             * @typedef WatchDeploysCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {wx.v1.DeploySet} [response] DeploySet
             */

            /**
             * Calls WatchDeploys.
             * @memberof wx.v1.GatewayControl
             * @typedef WatchDeploys
             * @type {{
             *   (request: wx.v1.IWatchDeploysRequest, callback: wx.v1.GatewayControl.WatchDeploysCallback): void;
             *   (request: wx.v1.IWatchDeploysRequest): Promise<wx.v1.DeploySet>;
             *   readonly name: "WatchDeploys";
             *   readonly path: "/wx.v1.GatewayControl/WatchDeploys";
             *   readonly requestType: "WatchDeploysRequest";
             *   readonly responseType: "DeploySet";
             *   readonly requestStream: undefined;
             *   readonly responseStream: true;
             * }}
             */

            /**
             * Calls WatchDeploys.
             * @name wx.v1.GatewayControl#watchDeploys
             * @type {wx.v1.GatewayControl.WatchDeploys}
             */
            $Object.defineProperties(GatewayControl.prototype.watchDeploys = function(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, GatewayControl.prototype.watchDeploys, $root.wx.v1.WatchDeploysRequest, $root.wx.v1.DeploySet, request, callback);
            }, {
                name: { value: "WatchDeploys" },
                path: { value: "/wx.v1.GatewayControl/WatchDeploys" },
                requestType: { value: "WatchDeploysRequest" },
                responseType: { value: "DeploySet" },
                requestStream: { value: $undefined },
                responseStream: { value: true }
            });

            /**
             * Callback as used by {@link wx.v1.GatewayControl#fetchModelChunk}.
             * @memberof wx.v1.GatewayControl
             * @typedef FetchModelChunkCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {wx.v1.ModelChunk} [response] ModelChunk
             */

            /**
             * Calls FetchModelChunk.
             * @memberof wx.v1.GatewayControl
             * @typedef FetchModelChunk
             * @type {{
             *   (request: wx.v1.IFetchChunkRequest, callback: wx.v1.GatewayControl.FetchModelChunkCallback): void;
             *   (request: wx.v1.IFetchChunkRequest): Promise<wx.v1.ModelChunk>;
             *   readonly name: "FetchModelChunk";
             *   readonly path: "/wx.v1.GatewayControl/FetchModelChunk";
             *   readonly requestType: "FetchChunkRequest";
             *   readonly responseType: "ModelChunk";
             *   readonly requestStream: undefined;
             *   readonly responseStream: undefined;
             * }}
             */

            /**
             * Calls FetchModelChunk.
             * @name wx.v1.GatewayControl#fetchModelChunk
             * @type {wx.v1.GatewayControl.FetchModelChunk}
             */
            $Object.defineProperties(GatewayControl.prototype.fetchModelChunk = function(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, GatewayControl.prototype.fetchModelChunk, $root.wx.v1.FetchChunkRequest, $root.wx.v1.ModelChunk, request, callback);
            }, {
                name: { value: "FetchModelChunk" },
                path: { value: "/wx.v1.GatewayControl/FetchModelChunk" },
                requestType: { value: "FetchChunkRequest" },
                responseType: { value: "ModelChunk" },
                requestStream: { value: $undefined },
                responseStream: { value: $undefined }
            });

            return GatewayControl;
        })();

        v1.RegisterModelRequest = (function() {

            /**
             * Properties of a RegisterModelRequest.
             * @typedef {Object} wx.v1.RegisterModelRequest.$Properties
             * @property {string|null} [cardJson] RegisterModelRequest cardJson
             * @property {Uint8Array|null} [file] RegisterModelRequest file
             * @property {Uint8Array|null} [signature] RegisterModelRequest signature
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RegisterModelRequest.
             * @memberof wx.v1
             * @interface IRegisterModelRequest
             * @augments wx.v1.RegisterModelRequest.$Properties
             * @deprecated Use wx.v1.RegisterModelRequest.$Properties instead.
             */

            /**
             * Shape of a RegisterModelRequest.
             * @typedef {wx.v1.RegisterModelRequest.$Properties} wx.v1.RegisterModelRequest.$Shape
             */

            /**
             * Constructs a new RegisterModelRequest.
             * @memberof wx.v1
             * @classdesc Represents a RegisterModelRequest.
             * @constructor
             * @param {wx.v1.RegisterModelRequest.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RegisterModelRequest = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * RegisterModelRequest cardJson.
             * @member {string} cardJson
             * @memberof wx.v1.RegisterModelRequest
             * @instance
             */
            RegisterModelRequest.prototype.cardJson = "";

            /**
             * RegisterModelRequest file.
             * @member {Uint8Array} file
             * @memberof wx.v1.RegisterModelRequest
             * @instance
             */
            RegisterModelRequest.prototype.file = $util.newBuffer([]);

            /**
             * RegisterModelRequest signature.
             * @member {Uint8Array} signature
             * @memberof wx.v1.RegisterModelRequest
             * @instance
             */
            RegisterModelRequest.prototype.signature = $util.newBuffer([]);

            /**
             * Creates a new RegisterModelRequest instance using the specified properties.
             * @function create
             * @memberof wx.v1.RegisterModelRequest
             * @static
             * @param {wx.v1.RegisterModelRequest.$Properties=} [properties] Properties to set
             * @returns {wx.v1.RegisterModelRequest} RegisterModelRequest instance
             * @type {{
             *   (properties: wx.v1.RegisterModelRequest.$Shape): wx.v1.RegisterModelRequest & wx.v1.RegisterModelRequest.$Shape;
             *   (properties?: wx.v1.RegisterModelRequest.$Properties): wx.v1.RegisterModelRequest;
             * }}
             */
            RegisterModelRequest.create = function(properties) {
                return new RegisterModelRequest(properties);
            };

            /**
             * Encodes the specified RegisterModelRequest message. Does not implicitly {@link wx.v1.RegisterModelRequest.verify|verify} messages.
             * @function encode
             * @memberof wx.v1.RegisterModelRequest
             * @static
             * @param {wx.v1.RegisterModelRequest.$Properties} m RegisterModelRequest message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RegisterModelRequest.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.cardJson != null && $Object.hasOwnProperty.call(m, "cardJson") && m.cardJson !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.cardJson);
                if (m.file != null && $Object.hasOwnProperty.call(m, "file") && m.file.length)
                    w.uint32(/* id 2, wireType 2 =*/18).bytes(m.file);
                if (m.signature != null && $Object.hasOwnProperty.call(m, "signature") && m.signature.length)
                    w.uint32(/* id 3, wireType 2 =*/26).bytes(m.signature);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified RegisterModelRequest message, length delimited. Does not implicitly {@link wx.v1.RegisterModelRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof wx.v1.RegisterModelRequest
             * @static
             * @param {wx.v1.RegisterModelRequest.$Properties} message RegisterModelRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RegisterModelRequest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a RegisterModelRequest message from the specified reader or buffer.
             * @function decode
             * @memberof wx.v1.RegisterModelRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {wx.v1.RegisterModelRequest & wx.v1.RegisterModelRequest.$Shape} RegisterModelRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RegisterModelRequest.decode = function (r, l, z, q, g) {
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
                m = g || new $root.wx.v1.RegisterModelRequest();
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
                                m.cardJson = v;
                            else
                                delete m.cardJson;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.file = v;
                            else
                                delete m.file;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.signature = v;
                            else
                                delete m.signature;
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
             * Decodes a RegisterModelRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof wx.v1.RegisterModelRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {wx.v1.RegisterModelRequest & wx.v1.RegisterModelRequest.$Shape} RegisterModelRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RegisterModelRequest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a RegisterModelRequest message.
             * @function verify
             * @memberof wx.v1.RegisterModelRequest
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            RegisterModelRequest.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.cardJson != null && $Object.hasOwnProperty.call(m, "cardJson")) {
                    if (!$util.isString(m.cardJson))
                        return "cardJson: string expected";
                }
                if (m.file != null && $Object.hasOwnProperty.call(m, "file")) {
                    if (!(m.file && typeof m.file.length === "number" || $util.isString(m.file)))
                        return "file: buffer expected";
                }
                if (m.signature != null && $Object.hasOwnProperty.call(m, "signature")) {
                    if (!(m.signature && typeof m.signature.length === "number" || $util.isString(m.signature)))
                        return "signature: buffer expected";
                }
                return null;
            };

            /**
             * Creates a RegisterModelRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof wx.v1.RegisterModelRequest
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {wx.v1.RegisterModelRequest} RegisterModelRequest
             */
            RegisterModelRequest.fromObject = function (d, q) {
                if (d instanceof $root.wx.v1.RegisterModelRequest)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".wx.v1.RegisterModelRequest: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.wx.v1.RegisterModelRequest();
                if (d.cardJson != null) {
                    if (typeof d.cardJson !== "string" || d.cardJson.length) {
                        m.cardJson = $String(d.cardJson);
                    }
                }
                if (d.file != null) {
                    if (d.file.length) {
                        if (typeof d.file === "string")
                            $util.base64.decode(d.file, m.file = $util.newBuffer($util.base64.length(d.file)), 0);
                        else if (d.file.length >= 0)
                            m.file = d.file;
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
                return m;
            };

            /**
             * Creates a plain object from a RegisterModelRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof wx.v1.RegisterModelRequest
             * @static
             * @param {wx.v1.RegisterModelRequest} m RegisterModelRequest
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            RegisterModelRequest.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.cardJson = "";
                    if (o.bytes === $String)
                        d.file = "";
                    else {
                        d.file = [];
                        if (o.bytes !== $Array)
                            d.file = $util.newBuffer(d.file);
                    }
                    if (o.bytes === $String)
                        d.signature = "";
                    else {
                        d.signature = [];
                        if (o.bytes !== $Array)
                            d.signature = $util.newBuffer(d.signature);
                    }
                }
                if (m.cardJson != null && $Object.hasOwnProperty.call(m, "cardJson")) {
                    d.cardJson = m.cardJson;
                }
                if (m.file != null && $Object.hasOwnProperty.call(m, "file")) {
                    d.file = o.bytes === $String ? $util.base64.encode(m.file, 0, m.file.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.file) : m.file;
                }
                if (m.signature != null && $Object.hasOwnProperty.call(m, "signature")) {
                    d.signature = o.bytes === $String ? $util.base64.encode(m.signature, 0, m.signature.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.signature) : m.signature;
                }
                return d;
            };

            /**
             * Converts this RegisterModelRequest to JSON.
             * @function toJSON
             * @memberof wx.v1.RegisterModelRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            RegisterModelRequest.prototype.toJSON = function() {
                return RegisterModelRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for RegisterModelRequest
             * @function getTypeUrl
             * @memberof wx.v1.RegisterModelRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            RegisterModelRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/wx.v1.RegisterModelRequest";
            };

            return RegisterModelRequest;
        })();

        v1.ModelVersionInfo = (function() {

            /**
             * Properties of a ModelVersionInfo.
             * @typedef {Object} wx.v1.ModelVersionInfo.$Properties
             * @property {string|null} [modelId] ModelVersionInfo modelId
             * @property {string|null} [version] ModelVersionInfo version
             * @property {string|null} [sha256] ModelVersionInfo sha256
             * @property {number|null} [sizeBytes] ModelVersionInfo sizeBytes
             * @property {Uint8Array|null} [signature] ModelVersionInfo signature
             * @property {number|null} [registeredMs] ModelVersionInfo registeredMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ModelVersionInfo.
             * @memberof wx.v1
             * @interface IModelVersionInfo
             * @augments wx.v1.ModelVersionInfo.$Properties
             * @deprecated Use wx.v1.ModelVersionInfo.$Properties instead.
             */

            /**
             * Shape of a ModelVersionInfo.
             * @typedef {wx.v1.ModelVersionInfo.$Properties} wx.v1.ModelVersionInfo.$Shape
             */

            /**
             * Constructs a new ModelVersionInfo.
             * @memberof wx.v1
             * @classdesc Represents a ModelVersionInfo.
             * @constructor
             * @param {wx.v1.ModelVersionInfo.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ModelVersionInfo = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * ModelVersionInfo modelId.
             * @member {string} modelId
             * @memberof wx.v1.ModelVersionInfo
             * @instance
             */
            ModelVersionInfo.prototype.modelId = "";

            /**
             * ModelVersionInfo version.
             * @member {string} version
             * @memberof wx.v1.ModelVersionInfo
             * @instance
             */
            ModelVersionInfo.prototype.version = "";

            /**
             * ModelVersionInfo sha256.
             * @member {string} sha256
             * @memberof wx.v1.ModelVersionInfo
             * @instance
             */
            ModelVersionInfo.prototype.sha256 = "";

            /**
             * ModelVersionInfo sizeBytes.
             * @member {number} sizeBytes
             * @memberof wx.v1.ModelVersionInfo
             * @instance
             */
            ModelVersionInfo.prototype.sizeBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * ModelVersionInfo signature.
             * @member {Uint8Array} signature
             * @memberof wx.v1.ModelVersionInfo
             * @instance
             */
            ModelVersionInfo.prototype.signature = $util.newBuffer([]);

            /**
             * ModelVersionInfo registeredMs.
             * @member {number} registeredMs
             * @memberof wx.v1.ModelVersionInfo
             * @instance
             */
            ModelVersionInfo.prototype.registeredMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new ModelVersionInfo instance using the specified properties.
             * @function create
             * @memberof wx.v1.ModelVersionInfo
             * @static
             * @param {wx.v1.ModelVersionInfo.$Properties=} [properties] Properties to set
             * @returns {wx.v1.ModelVersionInfo} ModelVersionInfo instance
             * @type {{
             *   (properties: wx.v1.ModelVersionInfo.$Shape): wx.v1.ModelVersionInfo & wx.v1.ModelVersionInfo.$Shape;
             *   (properties?: wx.v1.ModelVersionInfo.$Properties): wx.v1.ModelVersionInfo;
             * }}
             */
            ModelVersionInfo.create = function(properties) {
                return new ModelVersionInfo(properties);
            };

            /**
             * Encodes the specified ModelVersionInfo message. Does not implicitly {@link wx.v1.ModelVersionInfo.verify|verify} messages.
             * @function encode
             * @memberof wx.v1.ModelVersionInfo
             * @static
             * @param {wx.v1.ModelVersionInfo.$Properties} m ModelVersionInfo message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ModelVersionInfo.encode = function (m, w, q) {
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
                if (m.sha256 != null && $Object.hasOwnProperty.call(m, "sha256") && m.sha256 !== "")
                    w.uint32(/* id 3, wireType 2 =*/26).string(m.sha256);
                if (m.sizeBytes != null && $Object.hasOwnProperty.call(m, "sizeBytes") && (typeof m.sizeBytes === "object" ? m.sizeBytes.low || m.sizeBytes.high : m.sizeBytes !== 0))
                    w.uint32(/* id 4, wireType 0 =*/32).uint64(m.sizeBytes);
                if (m.signature != null && $Object.hasOwnProperty.call(m, "signature") && m.signature.length)
                    w.uint32(/* id 5, wireType 2 =*/42).bytes(m.signature);
                if (m.registeredMs != null && $Object.hasOwnProperty.call(m, "registeredMs") && (typeof m.registeredMs === "object" ? m.registeredMs.low || m.registeredMs.high : m.registeredMs !== 0))
                    w.uint32(/* id 6, wireType 0 =*/48).int64(m.registeredMs);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified ModelVersionInfo message, length delimited. Does not implicitly {@link wx.v1.ModelVersionInfo.verify|verify} messages.
             * @function encodeDelimited
             * @memberof wx.v1.ModelVersionInfo
             * @static
             * @param {wx.v1.ModelVersionInfo.$Properties} message ModelVersionInfo message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ModelVersionInfo.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a ModelVersionInfo message from the specified reader or buffer.
             * @function decode
             * @memberof wx.v1.ModelVersionInfo
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {wx.v1.ModelVersionInfo & wx.v1.ModelVersionInfo.$Shape} ModelVersionInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ModelVersionInfo.decode = function (r, l, z, q, g) {
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
                m = g || new $root.wx.v1.ModelVersionInfo();
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
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.sha256 = v;
                            else
                                delete m.sha256;
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.sizeBytes = v;
                            else
                                delete m.sizeBytes;
                            continue;
                        }
                    case 5: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.signature = v;
                            else
                                delete m.signature;
                            continue;
                        }
                    case 6: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.registeredMs = v;
                            else
                                delete m.registeredMs;
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
             * Decodes a ModelVersionInfo message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof wx.v1.ModelVersionInfo
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {wx.v1.ModelVersionInfo & wx.v1.ModelVersionInfo.$Shape} ModelVersionInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ModelVersionInfo.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a ModelVersionInfo message.
             * @function verify
             * @memberof wx.v1.ModelVersionInfo
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ModelVersionInfo.verify = function (m, q) {
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
                if (m.sha256 != null && $Object.hasOwnProperty.call(m, "sha256")) {
                    if (!$util.isString(m.sha256))
                        return "sha256: string expected";
                }
                if (m.sizeBytes != null && $Object.hasOwnProperty.call(m, "sizeBytes")) {
                    if (!$util.isInteger(m.sizeBytes) && !(m.sizeBytes && $util.isInteger(m.sizeBytes.low) && $util.isInteger(m.sizeBytes.high)))
                        return "sizeBytes: integer|Long expected";
                }
                if (m.signature != null && $Object.hasOwnProperty.call(m, "signature")) {
                    if (!(m.signature && typeof m.signature.length === "number" || $util.isString(m.signature)))
                        return "signature: buffer expected";
                }
                if (m.registeredMs != null && $Object.hasOwnProperty.call(m, "registeredMs")) {
                    if (!$util.isInteger(m.registeredMs) && !(m.registeredMs && $util.isInteger(m.registeredMs.low) && $util.isInteger(m.registeredMs.high)))
                        return "registeredMs: integer|Long expected";
                }
                return null;
            };

            /**
             * Creates a ModelVersionInfo message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof wx.v1.ModelVersionInfo
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {wx.v1.ModelVersionInfo} ModelVersionInfo
             */
            ModelVersionInfo.fromObject = function (d, q) {
                if (d instanceof $root.wx.v1.ModelVersionInfo)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".wx.v1.ModelVersionInfo: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.wx.v1.ModelVersionInfo();
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
                if (d.signature != null) {
                    if (d.signature.length) {
                        if (typeof d.signature === "string")
                            $util.base64.decode(d.signature, m.signature = $util.newBuffer($util.base64.length(d.signature)), 0);
                        else if (d.signature.length >= 0)
                            m.signature = d.signature;
                    }
                }
                if (d.registeredMs != null) {
                    if (typeof d.registeredMs === "object" ? d.registeredMs.low || d.registeredMs.high : $Number(d.registeredMs) !== 0) {
                        if ($util.Long)
                            m.registeredMs = $util.Long.fromValue(d.registeredMs, false);
                        else if (typeof d.registeredMs === "string")
                            m.registeredMs = $parseInt(d.registeredMs, 10);
                        else if (typeof d.registeredMs === "number")
                            m.registeredMs = d.registeredMs;
                        else if (typeof d.registeredMs === "object")
                            m.registeredMs = new $util.LongBits(d.registeredMs.low >>> 0, d.registeredMs.high >>> 0).toNumber();
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a ModelVersionInfo message. Also converts values to other types if specified.
             * @function toObject
             * @memberof wx.v1.ModelVersionInfo
             * @static
             * @param {wx.v1.ModelVersionInfo} m ModelVersionInfo
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ModelVersionInfo.toObject = function (m, o, q) {
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
                    d.sha256 = "";
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.sizeBytes = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.sizeBytes = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if (o.bytes === $String)
                        d.signature = "";
                    else {
                        d.signature = [];
                        if (o.bytes !== $Array)
                            d.signature = $util.newBuffer(d.signature);
                    }
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.registeredMs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.registeredMs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
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
                if (m.signature != null && $Object.hasOwnProperty.call(m, "signature")) {
                    d.signature = o.bytes === $String ? $util.base64.encode(m.signature, 0, m.signature.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.signature) : m.signature;
                }
                if (m.registeredMs != null && $Object.hasOwnProperty.call(m, "registeredMs")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.registeredMs = typeof m.registeredMs === "number" ? $BigInt(m.registeredMs) : $util.Long.fromBits(m.registeredMs.low >>> 0, m.registeredMs.high >>> 0, false).toBigInt();
                    else if (typeof m.registeredMs === "number")
                        d.registeredMs = o.longs === $String ? $String(m.registeredMs) : m.registeredMs;
                    else
                        d.registeredMs = o.longs === $String ? $util.Long.prototype.toString.call(m.registeredMs) : o.longs === $Number ? new $util.LongBits(m.registeredMs.low >>> 0, m.registeredMs.high >>> 0).toNumber() : m.registeredMs;
                }
                return d;
            };

            /**
             * Converts this ModelVersionInfo to JSON.
             * @function toJSON
             * @memberof wx.v1.ModelVersionInfo
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ModelVersionInfo.prototype.toJSON = function() {
                return ModelVersionInfo.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ModelVersionInfo
             * @function getTypeUrl
             * @memberof wx.v1.ModelVersionInfo
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ModelVersionInfo.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/wx.v1.ModelVersionInfo";
            };

            return ModelVersionInfo;
        })();

        v1.ListModelsRequest = (function() {

            /**
             * Properties of a ListModelsRequest.
             * @typedef {Object} wx.v1.ListModelsRequest.$Properties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ListModelsRequest.
             * @memberof wx.v1
             * @interface IListModelsRequest
             * @augments wx.v1.ListModelsRequest.$Properties
             * @deprecated Use wx.v1.ListModelsRequest.$Properties instead.
             */

            /**
             * Shape of a ListModelsRequest.
             * @typedef {wx.v1.ListModelsRequest.$Properties} wx.v1.ListModelsRequest.$Shape
             */

            /**
             * Constructs a new ListModelsRequest.
             * @memberof wx.v1
             * @classdesc Represents a ListModelsRequest.
             * @constructor
             * @param {wx.v1.ListModelsRequest.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ListModelsRequest = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Creates a new ListModelsRequest instance using the specified properties.
             * @function create
             * @memberof wx.v1.ListModelsRequest
             * @static
             * @param {wx.v1.ListModelsRequest.$Properties=} [properties] Properties to set
             * @returns {wx.v1.ListModelsRequest} ListModelsRequest instance
             * @type {{
             *   (properties: wx.v1.ListModelsRequest.$Shape): wx.v1.ListModelsRequest & wx.v1.ListModelsRequest.$Shape;
             *   (properties?: wx.v1.ListModelsRequest.$Properties): wx.v1.ListModelsRequest;
             * }}
             */
            ListModelsRequest.create = function(properties) {
                return new ListModelsRequest(properties);
            };

            /**
             * Encodes the specified ListModelsRequest message. Does not implicitly {@link wx.v1.ListModelsRequest.verify|verify} messages.
             * @function encode
             * @memberof wx.v1.ListModelsRequest
             * @static
             * @param {wx.v1.ListModelsRequest.$Properties} m ListModelsRequest message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ListModelsRequest.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified ListModelsRequest message, length delimited. Does not implicitly {@link wx.v1.ListModelsRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof wx.v1.ListModelsRequest
             * @static
             * @param {wx.v1.ListModelsRequest.$Properties} message ListModelsRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ListModelsRequest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a ListModelsRequest message from the specified reader or buffer.
             * @function decode
             * @memberof wx.v1.ListModelsRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {wx.v1.ListModelsRequest & wx.v1.ListModelsRequest.$Shape} ListModelsRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ListModelsRequest.decode = function (r, l, z, q, g) {
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
                m = g || new $root.wx.v1.ListModelsRequest();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    r.skipType(t & 7, q, t);
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
             * Decodes a ListModelsRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof wx.v1.ListModelsRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {wx.v1.ListModelsRequest & wx.v1.ListModelsRequest.$Shape} ListModelsRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ListModelsRequest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a ListModelsRequest message.
             * @function verify
             * @memberof wx.v1.ListModelsRequest
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ListModelsRequest.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                return null;
            };

            /**
             * Creates a ListModelsRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof wx.v1.ListModelsRequest
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {wx.v1.ListModelsRequest} ListModelsRequest
             */
            ListModelsRequest.fromObject = function (d, q) {
                if (d instanceof $root.wx.v1.ListModelsRequest)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".wx.v1.ListModelsRequest: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                return new $root.wx.v1.ListModelsRequest();
            };

            /**
             * Creates a plain object from a ListModelsRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof wx.v1.ListModelsRequest
             * @static
             * @param {wx.v1.ListModelsRequest} m ListModelsRequest
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ListModelsRequest.toObject = function () {
                return {};
            };

            /**
             * Converts this ListModelsRequest to JSON.
             * @function toJSON
             * @memberof wx.v1.ListModelsRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ListModelsRequest.prototype.toJSON = function() {
                return ListModelsRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ListModelsRequest
             * @function getTypeUrl
             * @memberof wx.v1.ListModelsRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ListModelsRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/wx.v1.ListModelsRequest";
            };

            return ListModelsRequest;
        })();

        v1.ModelVersionList = (function() {

            /**
             * Properties of a ModelVersionList.
             * @typedef {Object} wx.v1.ModelVersionList.$Properties
             * @property {Array.<wx.v1.ModelVersionInfo.$Properties>|null} [models] ModelVersionList models
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ModelVersionList.
             * @memberof wx.v1
             * @interface IModelVersionList
             * @augments wx.v1.ModelVersionList.$Properties
             * @deprecated Use wx.v1.ModelVersionList.$Properties instead.
             */

            /**
             * Shape of a ModelVersionList.
             * @typedef {wx.v1.ModelVersionList.$Properties} wx.v1.ModelVersionList.$Shape
             */

            /**
             * Constructs a new ModelVersionList.
             * @memberof wx.v1
             * @classdesc Represents a ModelVersionList.
             * @constructor
             * @param {wx.v1.ModelVersionList.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ModelVersionList = function (p) {
                this.models = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * ModelVersionList models.
             * @member {Array.<wx.v1.ModelVersionInfo.$Properties>} models
             * @memberof wx.v1.ModelVersionList
             * @instance
             */
            ModelVersionList.prototype.models = $util.emptyArray;

            /**
             * Creates a new ModelVersionList instance using the specified properties.
             * @function create
             * @memberof wx.v1.ModelVersionList
             * @static
             * @param {wx.v1.ModelVersionList.$Properties=} [properties] Properties to set
             * @returns {wx.v1.ModelVersionList} ModelVersionList instance
             * @type {{
             *   (properties: wx.v1.ModelVersionList.$Shape): wx.v1.ModelVersionList & wx.v1.ModelVersionList.$Shape;
             *   (properties?: wx.v1.ModelVersionList.$Properties): wx.v1.ModelVersionList;
             * }}
             */
            ModelVersionList.create = function(properties) {
                return new ModelVersionList(properties);
            };

            /**
             * Encodes the specified ModelVersionList message. Does not implicitly {@link wx.v1.ModelVersionList.verify|verify} messages.
             * @function encode
             * @memberof wx.v1.ModelVersionList
             * @static
             * @param {wx.v1.ModelVersionList.$Properties} m ModelVersionList message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ModelVersionList.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.models != null && m.models.length) {
                    for (var i = 0; i < m.models.length; ++i)
                        $root.wx.v1.ModelVersionInfo.encode(m.models[i], w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified ModelVersionList message, length delimited. Does not implicitly {@link wx.v1.ModelVersionList.verify|verify} messages.
             * @function encodeDelimited
             * @memberof wx.v1.ModelVersionList
             * @static
             * @param {wx.v1.ModelVersionList.$Properties} message ModelVersionList message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ModelVersionList.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a ModelVersionList message from the specified reader or buffer.
             * @function decode
             * @memberof wx.v1.ModelVersionList
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {wx.v1.ModelVersionList & wx.v1.ModelVersionList.$Shape} ModelVersionList
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ModelVersionList.decode = function (r, l, z, q, g) {
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
                m = g || new $root.wx.v1.ModelVersionList();
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
                            if (!(m.models && m.models.length))
                                m.models = [];
                            m.models.push($root.wx.v1.ModelVersionInfo.decode(r, r.size(), $undefined, q + 1));
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
             * Decodes a ModelVersionList message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof wx.v1.ModelVersionList
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {wx.v1.ModelVersionList & wx.v1.ModelVersionList.$Shape} ModelVersionList
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ModelVersionList.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a ModelVersionList message.
             * @function verify
             * @memberof wx.v1.ModelVersionList
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ModelVersionList.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.models != null && $Object.hasOwnProperty.call(m, "models")) {
                    if (!$Array.isArray(m.models))
                        return "models: array expected";
                    for (var i = 0; i < m.models.length; ++i) {
                        {
                            var e = $root.wx.v1.ModelVersionInfo.verify(m.models[i], q + 1);
                            if (e)
                                return "models." + e;
                        }
                    }
                }
                return null;
            };

            /**
             * Creates a ModelVersionList message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof wx.v1.ModelVersionList
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {wx.v1.ModelVersionList} ModelVersionList
             */
            ModelVersionList.fromObject = function (d, q) {
                if (d instanceof $root.wx.v1.ModelVersionList)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".wx.v1.ModelVersionList: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.wx.v1.ModelVersionList();
                if (d.models) {
                    if (!$Array.isArray(d.models))
                        throw $TypeError(".wx.v1.ModelVersionList.models: array expected");
                    m.models = $Array(d.models.length);
                    for (var i = 0; i < d.models.length; ++i) {
                        if (!$util.isObject(d.models[i]))
                            throw $TypeError(".wx.v1.ModelVersionList.models: object expected");
                        m.models[i] = $root.wx.v1.ModelVersionInfo.fromObject(d.models[i], q + 1);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a ModelVersionList message. Also converts values to other types if specified.
             * @function toObject
             * @memberof wx.v1.ModelVersionList
             * @static
             * @param {wx.v1.ModelVersionList} m ModelVersionList
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ModelVersionList.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.models = [];
                }
                if (m.models && m.models.length) {
                    d.models = $Array(m.models.length);
                    for (var j = 0; j < m.models.length; ++j) {
                        d.models[j] = $root.wx.v1.ModelVersionInfo.toObject(m.models[j], o, q + 1);
                    }
                }
                return d;
            };

            /**
             * Converts this ModelVersionList to JSON.
             * @function toJSON
             * @memberof wx.v1.ModelVersionList
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ModelVersionList.prototype.toJSON = function() {
                return ModelVersionList.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ModelVersionList
             * @function getTypeUrl
             * @memberof wx.v1.ModelVersionList
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ModelVersionList.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/wx.v1.ModelVersionList";
            };

            return ModelVersionList;
        })();

        v1.CreateDeploymentRequest = (function() {

            /**
             * Properties of a CreateDeploymentRequest.
             * @typedef {Object} wx.v1.CreateDeploymentRequest.$Properties
             * @property {string|null} [modelId] CreateDeploymentRequest modelId
             * @property {string|null} [version] CreateDeploymentRequest version
             * @property {Array.<string>|null} [deviceIds] CreateDeploymentRequest deviceIds
             * @property {string|null} [site] CreateDeploymentRequest site
             * @property {number|null} [canaryShare] CreateDeploymentRequest canaryShare
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a CreateDeploymentRequest.
             * @memberof wx.v1
             * @interface ICreateDeploymentRequest
             * @augments wx.v1.CreateDeploymentRequest.$Properties
             * @deprecated Use wx.v1.CreateDeploymentRequest.$Properties instead.
             */

            /**
             * Shape of a CreateDeploymentRequest.
             * @typedef {wx.v1.CreateDeploymentRequest.$Properties} wx.v1.CreateDeploymentRequest.$Shape
             */

            /**
             * Constructs a new CreateDeploymentRequest.
             * @memberof wx.v1
             * @classdesc Represents a CreateDeploymentRequest.
             * @constructor
             * @param {wx.v1.CreateDeploymentRequest.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const CreateDeploymentRequest = function (p) {
                this.deviceIds = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * CreateDeploymentRequest modelId.
             * @member {string} modelId
             * @memberof wx.v1.CreateDeploymentRequest
             * @instance
             */
            CreateDeploymentRequest.prototype.modelId = "";

            /**
             * CreateDeploymentRequest version.
             * @member {string} version
             * @memberof wx.v1.CreateDeploymentRequest
             * @instance
             */
            CreateDeploymentRequest.prototype.version = "";

            /**
             * CreateDeploymentRequest deviceIds.
             * @member {Array.<string>} deviceIds
             * @memberof wx.v1.CreateDeploymentRequest
             * @instance
             */
            CreateDeploymentRequest.prototype.deviceIds = $util.emptyArray;

            /**
             * CreateDeploymentRequest site.
             * @member {string} site
             * @memberof wx.v1.CreateDeploymentRequest
             * @instance
             */
            CreateDeploymentRequest.prototype.site = "";

            /**
             * CreateDeploymentRequest canaryShare.
             * @member {number} canaryShare
             * @memberof wx.v1.CreateDeploymentRequest
             * @instance
             */
            CreateDeploymentRequest.prototype.canaryShare = 0;

            /**
             * Creates a new CreateDeploymentRequest instance using the specified properties.
             * @function create
             * @memberof wx.v1.CreateDeploymentRequest
             * @static
             * @param {wx.v1.CreateDeploymentRequest.$Properties=} [properties] Properties to set
             * @returns {wx.v1.CreateDeploymentRequest} CreateDeploymentRequest instance
             * @type {{
             *   (properties: wx.v1.CreateDeploymentRequest.$Shape): wx.v1.CreateDeploymentRequest & wx.v1.CreateDeploymentRequest.$Shape;
             *   (properties?: wx.v1.CreateDeploymentRequest.$Properties): wx.v1.CreateDeploymentRequest;
             * }}
             */
            CreateDeploymentRequest.create = function(properties) {
                return new CreateDeploymentRequest(properties);
            };

            /**
             * Encodes the specified CreateDeploymentRequest message. Does not implicitly {@link wx.v1.CreateDeploymentRequest.verify|verify} messages.
             * @function encode
             * @memberof wx.v1.CreateDeploymentRequest
             * @static
             * @param {wx.v1.CreateDeploymentRequest.$Properties} m CreateDeploymentRequest message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CreateDeploymentRequest.encode = function (m, w, q) {
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
                if (m.deviceIds != null && m.deviceIds.length) {
                    for (var i = 0; i < m.deviceIds.length; ++i)
                        w.uint32(/* id 3, wireType 2 =*/26).string(m.deviceIds[i]);
                }
                if (m.site != null && $Object.hasOwnProperty.call(m, "site") && m.site !== "")
                    w.uint32(/* id 4, wireType 2 =*/34).string(m.site);
                if (m.canaryShare != null && $Object.hasOwnProperty.call(m, "canaryShare") && !$Object.is(m.canaryShare, 0))
                    w.uint32(/* id 5, wireType 1 =*/41).double(m.canaryShare);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified CreateDeploymentRequest message, length delimited. Does not implicitly {@link wx.v1.CreateDeploymentRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof wx.v1.CreateDeploymentRequest
             * @static
             * @param {wx.v1.CreateDeploymentRequest.$Properties} message CreateDeploymentRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CreateDeploymentRequest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a CreateDeploymentRequest message from the specified reader or buffer.
             * @function decode
             * @memberof wx.v1.CreateDeploymentRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {wx.v1.CreateDeploymentRequest & wx.v1.CreateDeploymentRequest.$Shape} CreateDeploymentRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CreateDeploymentRequest.decode = function (r, l, z, q, g) {
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
                m = g || new $root.wx.v1.CreateDeploymentRequest();
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
                            if (u !== 2)
                                break;
                            if (!(m.deviceIds && m.deviceIds.length))
                                m.deviceIds = [];
                            m.deviceIds.push(r.stringVerify());
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.site = v;
                            else
                                delete m.site;
                            continue;
                        }
                    case 5: {
                            if (u !== 1)
                                break;
                            if (!$Object.is(v = r.double(), 0))
                                m.canaryShare = v;
                            else
                                delete m.canaryShare;
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
             * Decodes a CreateDeploymentRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof wx.v1.CreateDeploymentRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {wx.v1.CreateDeploymentRequest & wx.v1.CreateDeploymentRequest.$Shape} CreateDeploymentRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CreateDeploymentRequest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a CreateDeploymentRequest message.
             * @function verify
             * @memberof wx.v1.CreateDeploymentRequest
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            CreateDeploymentRequest.verify = function (m, q) {
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
                if (m.deviceIds != null && $Object.hasOwnProperty.call(m, "deviceIds")) {
                    if (!$Array.isArray(m.deviceIds))
                        return "deviceIds: array expected";
                    for (var i = 0; i < m.deviceIds.length; ++i) {
                        if (!$util.isString(m.deviceIds[i]))
                            return "deviceIds: string[] expected";
                    }
                }
                if (m.site != null && $Object.hasOwnProperty.call(m, "site")) {
                    if (!$util.isString(m.site))
                        return "site: string expected";
                }
                if (m.canaryShare != null && $Object.hasOwnProperty.call(m, "canaryShare")) {
                    if (typeof m.canaryShare !== "number")
                        return "canaryShare: number expected";
                }
                return null;
            };

            /**
             * Creates a CreateDeploymentRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof wx.v1.CreateDeploymentRequest
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {wx.v1.CreateDeploymentRequest} CreateDeploymentRequest
             */
            CreateDeploymentRequest.fromObject = function (d, q) {
                if (d instanceof $root.wx.v1.CreateDeploymentRequest)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".wx.v1.CreateDeploymentRequest: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.wx.v1.CreateDeploymentRequest();
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
                if (d.deviceIds) {
                    if (!$Array.isArray(d.deviceIds))
                        throw $TypeError(".wx.v1.CreateDeploymentRequest.deviceIds: array expected");
                    m.deviceIds = $Array(d.deviceIds.length);
                    for (var i = 0; i < d.deviceIds.length; ++i) {
                        m.deviceIds[i] = $String(d.deviceIds[i]);
                    }
                }
                if (d.site != null) {
                    if (typeof d.site !== "string" || d.site.length) {
                        m.site = $String(d.site);
                    }
                }
                if (d.canaryShare != null) {
                    if (!$Object.is($Number(d.canaryShare), 0)) {
                        m.canaryShare = $Number(d.canaryShare);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a CreateDeploymentRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof wx.v1.CreateDeploymentRequest
             * @static
             * @param {wx.v1.CreateDeploymentRequest} m CreateDeploymentRequest
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            CreateDeploymentRequest.toObject = function (m, o, q) {
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
                    d.modelId = "";
                    d.version = "";
                    d.site = "";
                    d.canaryShare = 0;
                }
                if (m.modelId != null && $Object.hasOwnProperty.call(m, "modelId")) {
                    d.modelId = m.modelId;
                }
                if (m.version != null && $Object.hasOwnProperty.call(m, "version")) {
                    d.version = m.version;
                }
                if (m.deviceIds && m.deviceIds.length) {
                    d.deviceIds = $Array(m.deviceIds.length);
                    for (var j = 0; j < m.deviceIds.length; ++j) {
                        d.deviceIds[j] = m.deviceIds[j];
                    }
                }
                if (m.site != null && $Object.hasOwnProperty.call(m, "site")) {
                    d.site = m.site;
                }
                if (m.canaryShare != null && $Object.hasOwnProperty.call(m, "canaryShare")) {
                    d.canaryShare = o.json && !$isFinite(m.canaryShare) ? $String(m.canaryShare) : m.canaryShare;
                }
                return d;
            };

            /**
             * Converts this CreateDeploymentRequest to JSON.
             * @function toJSON
             * @memberof wx.v1.CreateDeploymentRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            CreateDeploymentRequest.prototype.toJSON = function() {
                return CreateDeploymentRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for CreateDeploymentRequest
             * @function getTypeUrl
             * @memberof wx.v1.CreateDeploymentRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            CreateDeploymentRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/wx.v1.CreateDeploymentRequest";
            };

            return CreateDeploymentRequest;
        })();

        v1.DeploymentTarget = (function() {

            /**
             * Properties of a DeploymentTarget.
             * @typedef {Object} wx.v1.DeploymentTarget.$Properties
             * @property {string|null} [deviceId] DeploymentTarget deviceId
             * @property {string|null} [phase] DeploymentTarget phase
             * @property {boolean|null} [released] DeploymentTarget released
             * @property {string|null} [state] DeploymentTarget state
             * @property {string|null} [reason] DeploymentTarget reason
             * @property {number|null} [updatedMs] DeploymentTarget updatedMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DeploymentTarget.
             * @memberof wx.v1
             * @interface IDeploymentTarget
             * @augments wx.v1.DeploymentTarget.$Properties
             * @deprecated Use wx.v1.DeploymentTarget.$Properties instead.
             */

            /**
             * Shape of a DeploymentTarget.
             * @typedef {wx.v1.DeploymentTarget.$Properties} wx.v1.DeploymentTarget.$Shape
             */

            /**
             * Constructs a new DeploymentTarget.
             * @memberof wx.v1
             * @classdesc Represents a DeploymentTarget.
             * @constructor
             * @param {wx.v1.DeploymentTarget.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DeploymentTarget = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * DeploymentTarget deviceId.
             * @member {string} deviceId
             * @memberof wx.v1.DeploymentTarget
             * @instance
             */
            DeploymentTarget.prototype.deviceId = "";

            /**
             * DeploymentTarget phase.
             * @member {string} phase
             * @memberof wx.v1.DeploymentTarget
             * @instance
             */
            DeploymentTarget.prototype.phase = "";

            /**
             * DeploymentTarget released.
             * @member {boolean} released
             * @memberof wx.v1.DeploymentTarget
             * @instance
             */
            DeploymentTarget.prototype.released = false;

            /**
             * DeploymentTarget state.
             * @member {string} state
             * @memberof wx.v1.DeploymentTarget
             * @instance
             */
            DeploymentTarget.prototype.state = "";

            /**
             * DeploymentTarget reason.
             * @member {string} reason
             * @memberof wx.v1.DeploymentTarget
             * @instance
             */
            DeploymentTarget.prototype.reason = "";

            /**
             * DeploymentTarget updatedMs.
             * @member {number} updatedMs
             * @memberof wx.v1.DeploymentTarget
             * @instance
             */
            DeploymentTarget.prototype.updatedMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new DeploymentTarget instance using the specified properties.
             * @function create
             * @memberof wx.v1.DeploymentTarget
             * @static
             * @param {wx.v1.DeploymentTarget.$Properties=} [properties] Properties to set
             * @returns {wx.v1.DeploymentTarget} DeploymentTarget instance
             * @type {{
             *   (properties: wx.v1.DeploymentTarget.$Shape): wx.v1.DeploymentTarget & wx.v1.DeploymentTarget.$Shape;
             *   (properties?: wx.v1.DeploymentTarget.$Properties): wx.v1.DeploymentTarget;
             * }}
             */
            DeploymentTarget.create = function(properties) {
                return new DeploymentTarget(properties);
            };

            /**
             * Encodes the specified DeploymentTarget message. Does not implicitly {@link wx.v1.DeploymentTarget.verify|verify} messages.
             * @function encode
             * @memberof wx.v1.DeploymentTarget
             * @static
             * @param {wx.v1.DeploymentTarget.$Properties} m DeploymentTarget message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DeploymentTarget.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.deviceId != null && $Object.hasOwnProperty.call(m, "deviceId") && m.deviceId !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.deviceId);
                if (m.phase != null && $Object.hasOwnProperty.call(m, "phase") && m.phase !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.phase);
                if (m.released != null && $Object.hasOwnProperty.call(m, "released") && m.released !== false)
                    w.uint32(/* id 3, wireType 0 =*/24).bool(m.released);
                if (m.state != null && $Object.hasOwnProperty.call(m, "state") && m.state !== "")
                    w.uint32(/* id 4, wireType 2 =*/34).string(m.state);
                if (m.reason != null && $Object.hasOwnProperty.call(m, "reason") && m.reason !== "")
                    w.uint32(/* id 5, wireType 2 =*/42).string(m.reason);
                if (m.updatedMs != null && $Object.hasOwnProperty.call(m, "updatedMs") && (typeof m.updatedMs === "object" ? m.updatedMs.low || m.updatedMs.high : m.updatedMs !== 0))
                    w.uint32(/* id 6, wireType 0 =*/48).int64(m.updatedMs);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified DeploymentTarget message, length delimited. Does not implicitly {@link wx.v1.DeploymentTarget.verify|verify} messages.
             * @function encodeDelimited
             * @memberof wx.v1.DeploymentTarget
             * @static
             * @param {wx.v1.DeploymentTarget.$Properties} message DeploymentTarget message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DeploymentTarget.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a DeploymentTarget message from the specified reader or buffer.
             * @function decode
             * @memberof wx.v1.DeploymentTarget
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {wx.v1.DeploymentTarget & wx.v1.DeploymentTarget.$Shape} DeploymentTarget
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DeploymentTarget.decode = function (r, l, z, q, g) {
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
                m = g || new $root.wx.v1.DeploymentTarget();
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
                                m.phase = v;
                            else
                                delete m.phase;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.released = v;
                            else
                                delete m.released;
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
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
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.updatedMs = v;
                            else
                                delete m.updatedMs;
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
             * Decodes a DeploymentTarget message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof wx.v1.DeploymentTarget
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {wx.v1.DeploymentTarget & wx.v1.DeploymentTarget.$Shape} DeploymentTarget
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DeploymentTarget.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a DeploymentTarget message.
             * @function verify
             * @memberof wx.v1.DeploymentTarget
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            DeploymentTarget.verify = function (m, q) {
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
                if (m.phase != null && $Object.hasOwnProperty.call(m, "phase")) {
                    if (!$util.isString(m.phase))
                        return "phase: string expected";
                }
                if (m.released != null && $Object.hasOwnProperty.call(m, "released")) {
                    if (typeof m.released !== "boolean")
                        return "released: boolean expected";
                }
                if (m.state != null && $Object.hasOwnProperty.call(m, "state")) {
                    if (!$util.isString(m.state))
                        return "state: string expected";
                }
                if (m.reason != null && $Object.hasOwnProperty.call(m, "reason")) {
                    if (!$util.isString(m.reason))
                        return "reason: string expected";
                }
                if (m.updatedMs != null && $Object.hasOwnProperty.call(m, "updatedMs")) {
                    if (!$util.isInteger(m.updatedMs) && !(m.updatedMs && $util.isInteger(m.updatedMs.low) && $util.isInteger(m.updatedMs.high)))
                        return "updatedMs: integer|Long expected";
                }
                return null;
            };

            /**
             * Creates a DeploymentTarget message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof wx.v1.DeploymentTarget
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {wx.v1.DeploymentTarget} DeploymentTarget
             */
            DeploymentTarget.fromObject = function (d, q) {
                if (d instanceof $root.wx.v1.DeploymentTarget)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".wx.v1.DeploymentTarget: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.wx.v1.DeploymentTarget();
                if (d.deviceId != null) {
                    if (typeof d.deviceId !== "string" || d.deviceId.length) {
                        m.deviceId = $String(d.deviceId);
                    }
                }
                if (d.phase != null) {
                    if (typeof d.phase !== "string" || d.phase.length) {
                        m.phase = $String(d.phase);
                    }
                }
                if (d.released != null) {
                    if (d.released) {
                        m.released = $Boolean(d.released);
                    }
                }
                if (d.state != null) {
                    if (typeof d.state !== "string" || d.state.length) {
                        m.state = $String(d.state);
                    }
                }
                if (d.reason != null) {
                    if (typeof d.reason !== "string" || d.reason.length) {
                        m.reason = $String(d.reason);
                    }
                }
                if (d.updatedMs != null) {
                    if (typeof d.updatedMs === "object" ? d.updatedMs.low || d.updatedMs.high : $Number(d.updatedMs) !== 0) {
                        if ($util.Long)
                            m.updatedMs = $util.Long.fromValue(d.updatedMs, false);
                        else if (typeof d.updatedMs === "string")
                            m.updatedMs = $parseInt(d.updatedMs, 10);
                        else if (typeof d.updatedMs === "number")
                            m.updatedMs = d.updatedMs;
                        else if (typeof d.updatedMs === "object")
                            m.updatedMs = new $util.LongBits(d.updatedMs.low >>> 0, d.updatedMs.high >>> 0).toNumber();
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a DeploymentTarget message. Also converts values to other types if specified.
             * @function toObject
             * @memberof wx.v1.DeploymentTarget
             * @static
             * @param {wx.v1.DeploymentTarget} m DeploymentTarget
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            DeploymentTarget.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.deviceId = "";
                    d.phase = "";
                    d.released = false;
                    d.state = "";
                    d.reason = "";
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.updatedMs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.updatedMs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (m.deviceId != null && $Object.hasOwnProperty.call(m, "deviceId")) {
                    d.deviceId = m.deviceId;
                }
                if (m.phase != null && $Object.hasOwnProperty.call(m, "phase")) {
                    d.phase = m.phase;
                }
                if (m.released != null && $Object.hasOwnProperty.call(m, "released")) {
                    d.released = m.released;
                }
                if (m.state != null && $Object.hasOwnProperty.call(m, "state")) {
                    d.state = m.state;
                }
                if (m.reason != null && $Object.hasOwnProperty.call(m, "reason")) {
                    d.reason = m.reason;
                }
                if (m.updatedMs != null && $Object.hasOwnProperty.call(m, "updatedMs")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.updatedMs = typeof m.updatedMs === "number" ? $BigInt(m.updatedMs) : $util.Long.fromBits(m.updatedMs.low >>> 0, m.updatedMs.high >>> 0, false).toBigInt();
                    else if (typeof m.updatedMs === "number")
                        d.updatedMs = o.longs === $String ? $String(m.updatedMs) : m.updatedMs;
                    else
                        d.updatedMs = o.longs === $String ? $util.Long.prototype.toString.call(m.updatedMs) : o.longs === $Number ? new $util.LongBits(m.updatedMs.low >>> 0, m.updatedMs.high >>> 0).toNumber() : m.updatedMs;
                }
                return d;
            };

            /**
             * Converts this DeploymentTarget to JSON.
             * @function toJSON
             * @memberof wx.v1.DeploymentTarget
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            DeploymentTarget.prototype.toJSON = function() {
                return DeploymentTarget.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for DeploymentTarget
             * @function getTypeUrl
             * @memberof wx.v1.DeploymentTarget
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            DeploymentTarget.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/wx.v1.DeploymentTarget";
            };

            return DeploymentTarget;
        })();

        v1.DeploymentInfo = (function() {

            /**
             * Properties of a DeploymentInfo.
             * @typedef {Object} wx.v1.DeploymentInfo.$Properties
             * @property {string|null} [deploymentId] DeploymentInfo deploymentId
             * @property {string|null} [modelId] DeploymentInfo modelId
             * @property {string|null} [version] DeploymentInfo version
             * @property {string|null} [state] DeploymentInfo state
             * @property {number|null} [canaryShare] DeploymentInfo canaryShare
             * @property {number|null} [createdMs] DeploymentInfo createdMs
             * @property {Array.<wx.v1.DeploymentTarget.$Properties>|null} [targets] DeploymentInfo targets
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DeploymentInfo.
             * @memberof wx.v1
             * @interface IDeploymentInfo
             * @augments wx.v1.DeploymentInfo.$Properties
             * @deprecated Use wx.v1.DeploymentInfo.$Properties instead.
             */

            /**
             * Shape of a DeploymentInfo.
             * @typedef {wx.v1.DeploymentInfo.$Properties} wx.v1.DeploymentInfo.$Shape
             */

            /**
             * Constructs a new DeploymentInfo.
             * @memberof wx.v1
             * @classdesc Represents a DeploymentInfo.
             * @constructor
             * @param {wx.v1.DeploymentInfo.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DeploymentInfo = function (p) {
                this.targets = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * DeploymentInfo deploymentId.
             * @member {string} deploymentId
             * @memberof wx.v1.DeploymentInfo
             * @instance
             */
            DeploymentInfo.prototype.deploymentId = "";

            /**
             * DeploymentInfo modelId.
             * @member {string} modelId
             * @memberof wx.v1.DeploymentInfo
             * @instance
             */
            DeploymentInfo.prototype.modelId = "";

            /**
             * DeploymentInfo version.
             * @member {string} version
             * @memberof wx.v1.DeploymentInfo
             * @instance
             */
            DeploymentInfo.prototype.version = "";

            /**
             * DeploymentInfo state.
             * @member {string} state
             * @memberof wx.v1.DeploymentInfo
             * @instance
             */
            DeploymentInfo.prototype.state = "";

            /**
             * DeploymentInfo canaryShare.
             * @member {number} canaryShare
             * @memberof wx.v1.DeploymentInfo
             * @instance
             */
            DeploymentInfo.prototype.canaryShare = 0;

            /**
             * DeploymentInfo createdMs.
             * @member {number} createdMs
             * @memberof wx.v1.DeploymentInfo
             * @instance
             */
            DeploymentInfo.prototype.createdMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * DeploymentInfo targets.
             * @member {Array.<wx.v1.DeploymentTarget.$Properties>} targets
             * @memberof wx.v1.DeploymentInfo
             * @instance
             */
            DeploymentInfo.prototype.targets = $util.emptyArray;

            /**
             * Creates a new DeploymentInfo instance using the specified properties.
             * @function create
             * @memberof wx.v1.DeploymentInfo
             * @static
             * @param {wx.v1.DeploymentInfo.$Properties=} [properties] Properties to set
             * @returns {wx.v1.DeploymentInfo} DeploymentInfo instance
             * @type {{
             *   (properties: wx.v1.DeploymentInfo.$Shape): wx.v1.DeploymentInfo & wx.v1.DeploymentInfo.$Shape;
             *   (properties?: wx.v1.DeploymentInfo.$Properties): wx.v1.DeploymentInfo;
             * }}
             */
            DeploymentInfo.create = function(properties) {
                return new DeploymentInfo(properties);
            };

            /**
             * Encodes the specified DeploymentInfo message. Does not implicitly {@link wx.v1.DeploymentInfo.verify|verify} messages.
             * @function encode
             * @memberof wx.v1.DeploymentInfo
             * @static
             * @param {wx.v1.DeploymentInfo.$Properties} m DeploymentInfo message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DeploymentInfo.encode = function (m, w, q) {
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
                if (m.state != null && $Object.hasOwnProperty.call(m, "state") && m.state !== "")
                    w.uint32(/* id 4, wireType 2 =*/34).string(m.state);
                if (m.canaryShare != null && $Object.hasOwnProperty.call(m, "canaryShare") && !$Object.is(m.canaryShare, 0))
                    w.uint32(/* id 5, wireType 1 =*/41).double(m.canaryShare);
                if (m.createdMs != null && $Object.hasOwnProperty.call(m, "createdMs") && (typeof m.createdMs === "object" ? m.createdMs.low || m.createdMs.high : m.createdMs !== 0))
                    w.uint32(/* id 6, wireType 0 =*/48).int64(m.createdMs);
                if (m.targets != null && m.targets.length) {
                    for (var i = 0; i < m.targets.length; ++i)
                        $root.wx.v1.DeploymentTarget.encode(m.targets[i], w.uint32(/* id 7, wireType 2 =*/58).fork(), q + 1).ldelim();
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified DeploymentInfo message, length delimited. Does not implicitly {@link wx.v1.DeploymentInfo.verify|verify} messages.
             * @function encodeDelimited
             * @memberof wx.v1.DeploymentInfo
             * @static
             * @param {wx.v1.DeploymentInfo.$Properties} message DeploymentInfo message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DeploymentInfo.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a DeploymentInfo message from the specified reader or buffer.
             * @function decode
             * @memberof wx.v1.DeploymentInfo
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {wx.v1.DeploymentInfo & wx.v1.DeploymentInfo.$Shape} DeploymentInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DeploymentInfo.decode = function (r, l, z, q, g) {
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
                m = g || new $root.wx.v1.DeploymentInfo();
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
                                m.state = v;
                            else
                                delete m.state;
                            continue;
                        }
                    case 5: {
                            if (u !== 1)
                                break;
                            if (!$Object.is(v = r.double(), 0))
                                m.canaryShare = v;
                            else
                                delete m.canaryShare;
                            continue;
                        }
                    case 6: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.createdMs = v;
                            else
                                delete m.createdMs;
                            continue;
                        }
                    case 7: {
                            if (u !== 2)
                                break;
                            if (!(m.targets && m.targets.length))
                                m.targets = [];
                            m.targets.push($root.wx.v1.DeploymentTarget.decode(r, r.size(), $undefined, q + 1));
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
             * Decodes a DeploymentInfo message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof wx.v1.DeploymentInfo
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {wx.v1.DeploymentInfo & wx.v1.DeploymentInfo.$Shape} DeploymentInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DeploymentInfo.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a DeploymentInfo message.
             * @function verify
             * @memberof wx.v1.DeploymentInfo
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            DeploymentInfo.verify = function (m, q) {
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
                if (m.state != null && $Object.hasOwnProperty.call(m, "state")) {
                    if (!$util.isString(m.state))
                        return "state: string expected";
                }
                if (m.canaryShare != null && $Object.hasOwnProperty.call(m, "canaryShare")) {
                    if (typeof m.canaryShare !== "number")
                        return "canaryShare: number expected";
                }
                if (m.createdMs != null && $Object.hasOwnProperty.call(m, "createdMs")) {
                    if (!$util.isInteger(m.createdMs) && !(m.createdMs && $util.isInteger(m.createdMs.low) && $util.isInteger(m.createdMs.high)))
                        return "createdMs: integer|Long expected";
                }
                if (m.targets != null && $Object.hasOwnProperty.call(m, "targets")) {
                    if (!$Array.isArray(m.targets))
                        return "targets: array expected";
                    for (var i = 0; i < m.targets.length; ++i) {
                        {
                            var e = $root.wx.v1.DeploymentTarget.verify(m.targets[i], q + 1);
                            if (e)
                                return "targets." + e;
                        }
                    }
                }
                return null;
            };

            /**
             * Creates a DeploymentInfo message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof wx.v1.DeploymentInfo
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {wx.v1.DeploymentInfo} DeploymentInfo
             */
            DeploymentInfo.fromObject = function (d, q) {
                if (d instanceof $root.wx.v1.DeploymentInfo)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".wx.v1.DeploymentInfo: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.wx.v1.DeploymentInfo();
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
                if (d.state != null) {
                    if (typeof d.state !== "string" || d.state.length) {
                        m.state = $String(d.state);
                    }
                }
                if (d.canaryShare != null) {
                    if (!$Object.is($Number(d.canaryShare), 0)) {
                        m.canaryShare = $Number(d.canaryShare);
                    }
                }
                if (d.createdMs != null) {
                    if (typeof d.createdMs === "object" ? d.createdMs.low || d.createdMs.high : $Number(d.createdMs) !== 0) {
                        if ($util.Long)
                            m.createdMs = $util.Long.fromValue(d.createdMs, false);
                        else if (typeof d.createdMs === "string")
                            m.createdMs = $parseInt(d.createdMs, 10);
                        else if (typeof d.createdMs === "number")
                            m.createdMs = d.createdMs;
                        else if (typeof d.createdMs === "object")
                            m.createdMs = new $util.LongBits(d.createdMs.low >>> 0, d.createdMs.high >>> 0).toNumber();
                    }
                }
                if (d.targets) {
                    if (!$Array.isArray(d.targets))
                        throw $TypeError(".wx.v1.DeploymentInfo.targets: array expected");
                    m.targets = $Array(d.targets.length);
                    for (var i = 0; i < d.targets.length; ++i) {
                        if (!$util.isObject(d.targets[i]))
                            throw $TypeError(".wx.v1.DeploymentInfo.targets: object expected");
                        m.targets[i] = $root.wx.v1.DeploymentTarget.fromObject(d.targets[i], q + 1);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a DeploymentInfo message. Also converts values to other types if specified.
             * @function toObject
             * @memberof wx.v1.DeploymentInfo
             * @static
             * @param {wx.v1.DeploymentInfo} m DeploymentInfo
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            DeploymentInfo.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.targets = [];
                }
                if (o.defaults) {
                    d.deploymentId = "";
                    d.modelId = "";
                    d.version = "";
                    d.state = "";
                    d.canaryShare = 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.createdMs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.createdMs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
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
                    d.state = m.state;
                }
                if (m.canaryShare != null && $Object.hasOwnProperty.call(m, "canaryShare")) {
                    d.canaryShare = o.json && !$isFinite(m.canaryShare) ? $String(m.canaryShare) : m.canaryShare;
                }
                if (m.createdMs != null && $Object.hasOwnProperty.call(m, "createdMs")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.createdMs = typeof m.createdMs === "number" ? $BigInt(m.createdMs) : $util.Long.fromBits(m.createdMs.low >>> 0, m.createdMs.high >>> 0, false).toBigInt();
                    else if (typeof m.createdMs === "number")
                        d.createdMs = o.longs === $String ? $String(m.createdMs) : m.createdMs;
                    else
                        d.createdMs = o.longs === $String ? $util.Long.prototype.toString.call(m.createdMs) : o.longs === $Number ? new $util.LongBits(m.createdMs.low >>> 0, m.createdMs.high >>> 0).toNumber() : m.createdMs;
                }
                if (m.targets && m.targets.length) {
                    d.targets = $Array(m.targets.length);
                    for (var j = 0; j < m.targets.length; ++j) {
                        d.targets[j] = $root.wx.v1.DeploymentTarget.toObject(m.targets[j], o, q + 1);
                    }
                }
                return d;
            };

            /**
             * Converts this DeploymentInfo to JSON.
             * @function toJSON
             * @memberof wx.v1.DeploymentInfo
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            DeploymentInfo.prototype.toJSON = function() {
                return DeploymentInfo.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for DeploymentInfo
             * @function getTypeUrl
             * @memberof wx.v1.DeploymentInfo
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            DeploymentInfo.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/wx.v1.DeploymentInfo";
            };

            return DeploymentInfo;
        })();

        v1.GetDeploymentRequest = (function() {

            /**
             * Properties of a GetDeploymentRequest.
             * @typedef {Object} wx.v1.GetDeploymentRequest.$Properties
             * @property {string|null} [deploymentId] GetDeploymentRequest deploymentId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a GetDeploymentRequest.
             * @memberof wx.v1
             * @interface IGetDeploymentRequest
             * @augments wx.v1.GetDeploymentRequest.$Properties
             * @deprecated Use wx.v1.GetDeploymentRequest.$Properties instead.
             */

            /**
             * Shape of a GetDeploymentRequest.
             * @typedef {wx.v1.GetDeploymentRequest.$Properties} wx.v1.GetDeploymentRequest.$Shape
             */

            /**
             * Constructs a new GetDeploymentRequest.
             * @memberof wx.v1
             * @classdesc Represents a GetDeploymentRequest.
             * @constructor
             * @param {wx.v1.GetDeploymentRequest.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const GetDeploymentRequest = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * GetDeploymentRequest deploymentId.
             * @member {string} deploymentId
             * @memberof wx.v1.GetDeploymentRequest
             * @instance
             */
            GetDeploymentRequest.prototype.deploymentId = "";

            /**
             * Creates a new GetDeploymentRequest instance using the specified properties.
             * @function create
             * @memberof wx.v1.GetDeploymentRequest
             * @static
             * @param {wx.v1.GetDeploymentRequest.$Properties=} [properties] Properties to set
             * @returns {wx.v1.GetDeploymentRequest} GetDeploymentRequest instance
             * @type {{
             *   (properties: wx.v1.GetDeploymentRequest.$Shape): wx.v1.GetDeploymentRequest & wx.v1.GetDeploymentRequest.$Shape;
             *   (properties?: wx.v1.GetDeploymentRequest.$Properties): wx.v1.GetDeploymentRequest;
             * }}
             */
            GetDeploymentRequest.create = function(properties) {
                return new GetDeploymentRequest(properties);
            };

            /**
             * Encodes the specified GetDeploymentRequest message. Does not implicitly {@link wx.v1.GetDeploymentRequest.verify|verify} messages.
             * @function encode
             * @memberof wx.v1.GetDeploymentRequest
             * @static
             * @param {wx.v1.GetDeploymentRequest.$Properties} m GetDeploymentRequest message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            GetDeploymentRequest.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.deploymentId != null && $Object.hasOwnProperty.call(m, "deploymentId") && m.deploymentId !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.deploymentId);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified GetDeploymentRequest message, length delimited. Does not implicitly {@link wx.v1.GetDeploymentRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof wx.v1.GetDeploymentRequest
             * @static
             * @param {wx.v1.GetDeploymentRequest.$Properties} message GetDeploymentRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            GetDeploymentRequest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a GetDeploymentRequest message from the specified reader or buffer.
             * @function decode
             * @memberof wx.v1.GetDeploymentRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {wx.v1.GetDeploymentRequest & wx.v1.GetDeploymentRequest.$Shape} GetDeploymentRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            GetDeploymentRequest.decode = function (r, l, z, q, g) {
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
                m = g || new $root.wx.v1.GetDeploymentRequest();
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
             * Decodes a GetDeploymentRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof wx.v1.GetDeploymentRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {wx.v1.GetDeploymentRequest & wx.v1.GetDeploymentRequest.$Shape} GetDeploymentRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            GetDeploymentRequest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a GetDeploymentRequest message.
             * @function verify
             * @memberof wx.v1.GetDeploymentRequest
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            GetDeploymentRequest.verify = function (m, q) {
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
                return null;
            };

            /**
             * Creates a GetDeploymentRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof wx.v1.GetDeploymentRequest
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {wx.v1.GetDeploymentRequest} GetDeploymentRequest
             */
            GetDeploymentRequest.fromObject = function (d, q) {
                if (d instanceof $root.wx.v1.GetDeploymentRequest)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".wx.v1.GetDeploymentRequest: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.wx.v1.GetDeploymentRequest();
                if (d.deploymentId != null) {
                    if (typeof d.deploymentId !== "string" || d.deploymentId.length) {
                        m.deploymentId = $String(d.deploymentId);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a GetDeploymentRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof wx.v1.GetDeploymentRequest
             * @static
             * @param {wx.v1.GetDeploymentRequest} m GetDeploymentRequest
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            GetDeploymentRequest.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.deploymentId = "";
                }
                if (m.deploymentId != null && $Object.hasOwnProperty.call(m, "deploymentId")) {
                    d.deploymentId = m.deploymentId;
                }
                return d;
            };

            /**
             * Converts this GetDeploymentRequest to JSON.
             * @function toJSON
             * @memberof wx.v1.GetDeploymentRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            GetDeploymentRequest.prototype.toJSON = function() {
                return GetDeploymentRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for GetDeploymentRequest
             * @function getTypeUrl
             * @memberof wx.v1.GetDeploymentRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            GetDeploymentRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/wx.v1.GetDeploymentRequest";
            };

            return GetDeploymentRequest;
        })();

        v1.ModelOps = (function() {

            /**
             * Constructs a new ModelOps service.
             * @memberof wx.v1
             * @classdesc Represents a ModelOps
             * @extends $protobuf.rpc.Service
             * @constructor
             * @param {$protobuf.RPCImpl} rpcImpl RPC implementation
             * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
             * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
             */
            const ModelOps = function(rpcImpl, requestDelimited, responseDelimited) {
                $protobuf.rpc.Service.call(this, rpcImpl, requestDelimited, responseDelimited);
            };

            $Object.defineProperty(ModelOps.prototype = $Object.create($protobuf.rpc.Service.prototype), "constructor", { value: ModelOps, writable: true, enumerable: false, configurable: true });

            /**
             * Creates new ModelOps service using the specified rpc implementation.
             * @function create
             * @memberof wx.v1.ModelOps
             * @static
             * @param {$protobuf.RPCImpl} rpcImpl RPC implementation
             * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
             * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
             * @returns {ModelOps} RPC service. Useful where requests and/or responses are streamed.
             */
            ModelOps.create = function(rpcImpl, requestDelimited, responseDelimited) {
                return new this(rpcImpl, requestDelimited, responseDelimited);
            };

            /**
             * Callback as used by {@link wx.v1.ModelOps#registerModel}.
             * @memberof wx.v1.ModelOps
             * @typedef RegisterModelCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {wx.v1.ModelVersionInfo} [response] ModelVersionInfo
             */

            /**
             * Calls RegisterModel.
             * @memberof wx.v1.ModelOps
             * @typedef RegisterModel
             * @type {{
             *   (request: wx.v1.IRegisterModelRequest, callback: wx.v1.ModelOps.RegisterModelCallback): void;
             *   (request: wx.v1.IRegisterModelRequest): Promise<wx.v1.ModelVersionInfo>;
             *   readonly name: "RegisterModel";
             *   readonly path: "/wx.v1.ModelOps/RegisterModel";
             *   readonly requestType: "RegisterModelRequest";
             *   readonly responseType: "ModelVersionInfo";
             *   readonly requestStream: undefined;
             *   readonly responseStream: undefined;
             * }}
             */

            /**
             * Calls RegisterModel.
             * @name wx.v1.ModelOps#registerModel
             * @type {wx.v1.ModelOps.RegisterModel}
             */
            $Object.defineProperties(ModelOps.prototype.registerModel = function(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, ModelOps.prototype.registerModel, $root.wx.v1.RegisterModelRequest, $root.wx.v1.ModelVersionInfo, request, callback);
            }, {
                name: { value: "RegisterModel" },
                path: { value: "/wx.v1.ModelOps/RegisterModel" },
                requestType: { value: "RegisterModelRequest" },
                responseType: { value: "ModelVersionInfo" },
                requestStream: { value: $undefined },
                responseStream: { value: $undefined }
            });

            /**
             * Callback as used by {@link wx.v1.ModelOps#listModels}.
             * @memberof wx.v1.ModelOps
             * @typedef ListModelsCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {wx.v1.ModelVersionList} [response] ModelVersionList
             */

            /**
             * Calls ListModels.
             * @memberof wx.v1.ModelOps
             * @typedef ListModels
             * @type {{
             *   (request: wx.v1.IListModelsRequest, callback: wx.v1.ModelOps.ListModelsCallback): void;
             *   (request: wx.v1.IListModelsRequest): Promise<wx.v1.ModelVersionList>;
             *   readonly name: "ListModels";
             *   readonly path: "/wx.v1.ModelOps/ListModels";
             *   readonly requestType: "ListModelsRequest";
             *   readonly responseType: "ModelVersionList";
             *   readonly requestStream: undefined;
             *   readonly responseStream: undefined;
             * }}
             */

            /**
             * Calls ListModels.
             * @name wx.v1.ModelOps#listModels
             * @type {wx.v1.ModelOps.ListModels}
             */
            $Object.defineProperties(ModelOps.prototype.listModels = function(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, ModelOps.prototype.listModels, $root.wx.v1.ListModelsRequest, $root.wx.v1.ModelVersionList, request, callback);
            }, {
                name: { value: "ListModels" },
                path: { value: "/wx.v1.ModelOps/ListModels" },
                requestType: { value: "ListModelsRequest" },
                responseType: { value: "ModelVersionList" },
                requestStream: { value: $undefined },
                responseStream: { value: $undefined }
            });

            /**
             * Callback as used by {@link wx.v1.ModelOps#createDeployment}.
             * @memberof wx.v1.ModelOps
             * @typedef CreateDeploymentCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {wx.v1.DeploymentInfo} [response] DeploymentInfo
             */

            /**
             * Calls CreateDeployment.
             * @memberof wx.v1.ModelOps
             * @typedef CreateDeployment
             * @type {{
             *   (request: wx.v1.ICreateDeploymentRequest, callback: wx.v1.ModelOps.CreateDeploymentCallback): void;
             *   (request: wx.v1.ICreateDeploymentRequest): Promise<wx.v1.DeploymentInfo>;
             *   readonly name: "CreateDeployment";
             *   readonly path: "/wx.v1.ModelOps/CreateDeployment";
             *   readonly requestType: "CreateDeploymentRequest";
             *   readonly responseType: "DeploymentInfo";
             *   readonly requestStream: undefined;
             *   readonly responseStream: undefined;
             * }}
             */

            /**
             * Calls CreateDeployment.
             * @name wx.v1.ModelOps#createDeployment
             * @type {wx.v1.ModelOps.CreateDeployment}
             */
            $Object.defineProperties(ModelOps.prototype.createDeployment = function(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, ModelOps.prototype.createDeployment, $root.wx.v1.CreateDeploymentRequest, $root.wx.v1.DeploymentInfo, request, callback);
            }, {
                name: { value: "CreateDeployment" },
                path: { value: "/wx.v1.ModelOps/CreateDeployment" },
                requestType: { value: "CreateDeploymentRequest" },
                responseType: { value: "DeploymentInfo" },
                requestStream: { value: $undefined },
                responseStream: { value: $undefined }
            });

            /**
             * Callback as used by {@link wx.v1.ModelOps#getDeployment}.
             * @memberof wx.v1.ModelOps
             * @typedef GetDeploymentCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {wx.v1.DeploymentInfo} [response] DeploymentInfo
             */

            /**
             * Calls GetDeployment.
             * @memberof wx.v1.ModelOps
             * @typedef GetDeployment
             * @type {{
             *   (request: wx.v1.IGetDeploymentRequest, callback: wx.v1.ModelOps.GetDeploymentCallback): void;
             *   (request: wx.v1.IGetDeploymentRequest): Promise<wx.v1.DeploymentInfo>;
             *   readonly name: "GetDeployment";
             *   readonly path: "/wx.v1.ModelOps/GetDeployment";
             *   readonly requestType: "GetDeploymentRequest";
             *   readonly responseType: "DeploymentInfo";
             *   readonly requestStream: undefined;
             *   readonly responseStream: undefined;
             * }}
             */

            /**
             * Calls GetDeployment.
             * @name wx.v1.ModelOps#getDeployment
             * @type {wx.v1.ModelOps.GetDeployment}
             */
            $Object.defineProperties(ModelOps.prototype.getDeployment = function(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, ModelOps.prototype.getDeployment, $root.wx.v1.GetDeploymentRequest, $root.wx.v1.DeploymentInfo, request, callback);
            }, {
                name: { value: "GetDeployment" },
                path: { value: "/wx.v1.ModelOps/GetDeployment" },
                requestType: { value: "GetDeploymentRequest" },
                responseType: { value: "DeploymentInfo" },
                requestStream: { value: $undefined },
                responseStream: { value: $undefined }
            });

            return ModelOps;
        })();

        return v1;
    })();

    return wx;
})();

export {
  $root as default
};
