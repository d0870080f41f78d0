// What node's --frozen-intrinsics promises — no step patches Math, Array.prototype, JSON … for the
// others — without its cost. Node turns every data property of every built-in prototype into a
// getter/setter pair (so that assignments on derived objects still work) and uses Object.freeze;
// both push V8 off its fast paths: ml-matrix code ran 3× slower under the flag. Here each property
// is made read-only and non-configurable and each object non-extensible — frozen by the language's
// definition (Object.isFrozen is true) — and only the few properties that ordinary code assigns on
// its own objects (`this.name = …` in an Error subclass, `Foo.prototype.constructor = Foo`) become
// override-friendly accessors.
// A few prototypes are left writable: V8's fast paths for arrays and typed arrays (destructuring,
// push, iteration) hold only while those objects keep their first shape, and any redefinition, even
// making a property read-only, costs ml-matrix code a third more time. The runner puts back
// whatever a step changed, added or deleted on them (builtinChanges) before and after every request.

/** What the runner defines for a compiled ES module to call once its top level ran (engine/link.ts): a changed built-in fails that file. */
export const LOADED_HOOK = '__mlgradeLoaded';

/**
 * Properties that code assigns on objects inheriting them (the "override mistake": assigning a
 * property inherited read-only throws in strict code): assignment must keep working there, through
 * an accessor. The list used is SES's `overrideTaming: 'moderate'` one: every property of
 * Object.prototype (mathjs assigns `hasOwnProperty`, others `toString`, `constructor` on their own
 * objects) and what libraries set on functions, errors, promises and generators. The others are
 * kept for scripts/bench-intrinsics.mjs: on ml-matrix code the three differed by less than the
 * run-to-run noise of a shared 2-core machine (±15 %), so the most compatible one is used.
 */
type Overridable = ReadonlyMap<object, readonly string[] | '*'>;
const ERRORS = (): [object, readonly string[]][] => errorPrototypes().map((p) => [p, ['constructor', 'name', 'message', 'toString']]);
export const TAMINGS = {
  kept: (): Overridable =>
    new Map<object, readonly string[]>([
      [
        Object.prototype,
        ['constructor', 'toString', 'valueOf', 'toLocaleString', 'hasOwnProperty', 'isPrototypeOf', 'propertyIsEnumerable'],
      ],
      [Function.prototype, ['constructor', 'bind', 'name', 'toString']],
      [Promise.prototype, ['constructor']],
      ...ERRORS(),
    ]),
  moderate: (): Overridable =>
    new Map<object, readonly string[] | '*'>([
      [Object.prototype, '*'],
      [Function.prototype, ['constructor', 'bind', 'name', 'toString']],
      [Promise.prototype, ['constructor']],
      [Object.getPrototypeOf(function* () {}) as object, ['constructor', 'name', 'toString']],
      ...ERRORS(),
    ]),
  narrow: (): Overridable =>
    new Map<object, readonly string[]>([
      [Object.prototype, ['constructor', 'toString', 'valueOf', 'toLocaleString']],
      [Function.prototype, ['toString']],
      ...ERRORS(),
    ]),
};

function errorPrototypes(): object[] {
  return [Error, AggregateError, EvalError, RangeError, ReferenceError, SyntaxError, TypeError, URIError].map((E) => E.prototype as object);
}

/** The ECMAScript built-ins, as --frozen-intrinsics lists them; everything reachable from them is locked too. */
function intrinsicRoots(): unknown[] {
  const proto = Object.getPrototypeOf;
  const typedArrays = [
    Int8Array,
    Uint8Array,
    Uint8ClampedArray,
    Int16Array,
    Uint16Array,
    Int32Array,
    Uint32Array,
    Float32Array,
    Float64Array,
    BigInt64Array,
    BigUint64Array,
  ];
  // the global functions themselves are what gets frozen, so they are named here on purpose
  return [
    // biome-ignore lint/security/noGlobalEval: frozen, not called
    globalThis.eval,
    // biome-ignore lint/suspicious/noGlobalIsFinite: the global itself is frozen
    isFinite,
    // biome-ignore lint/suspicious/noGlobalIsNan: the global itself is frozen
    isNaN,
    parseFloat,
    parseInt,
    decodeURI,
    decodeURIComponent,
    encodeURI,
    encodeURIComponent,
    escape,
    unescape,
    Object,
    Function,
    Boolean,
    Symbol,
    Error,
    AggregateError,
    EvalError,
    RangeError,
    ReferenceError,
    SyntaxError,
    TypeError,
    URIError,
    Number,
    BigInt,
    Math,
    Date,
    String,
    RegExp,
    proto(/e/[Symbol.matchAll]('')),
    Array,
    proto([][Symbol.iterator]()),
    proto(''[Symbol.iterator]()),
    proto(Int8Array),
    ...typedArrays,
    Map,
    proto(new Map()[Symbol.iterator]()),
    Set,
    proto(new Set()[Symbol.iterator]()),
    WeakMap,
    WeakSet,
    ArrayBuffer,
    SharedArrayBuffer,
    DataView,
    Atomics,
    JSON,
    WeakRef,
    FinalizationRegistry,
    Promise,
    proto(function* () {}),
    proto(async function* () {}),
    proto(async () => {}),
    Reflect,
    Proxy,
    ...(typeof Intl === 'undefined' ? [] : [Intl]),
  ];
}

/** The prototypes guarded rather than locked (see the top of this file), with a name for messages. */
function guardedPrototypes(): [object, string][] {
  return [
    [Array.prototype, 'Array.prototype'],
    [Object.getPrototypeOf([][Symbol.iterator]()), 'the array iterator prototype'],
    [Object.getPrototypeOf(Int8Array).prototype as object, 'TypedArray.prototype'],
    // ml-matrix's rows; the other typed arrays are locked, which measured as free
    [Float64Array.prototype, 'Float64Array.prototype'],
  ];
}

type Snapshot = {
  target: object;
  name: string;
  keys: (string | symbol)[];
  keySet: Set<string | symbol>;
  descriptors: PropertyDescriptor[];
  /** The data properties, for the quick look: their keys and values side by side. */
  dataKeys: (string | symbol)[];
  dataValues: unknown[];
};
let snapshots: Snapshot[] = [];

/** Locks every built-in and everything reachable from it (properties, accessors, prototypes), but the guarded ones. */
export function lockIntrinsics(taming: keyof typeof TAMINGS = 'moderate'): void {
  const overridable = TAMINGS[taming]();
  const guarded = guardedPrototypes();
  const seen = new Set<object>();
  const queue: unknown[] = intrinsicRoots();
  for (let i = 0; i < queue.length; i++) {
    const value = queue[i];
    if ((typeof value !== 'object' && typeof value !== 'function') || value === null || seen.has(value)) continue;
    seen.add(value);
    queue.push(...(guarded.some(([g]) => g === value) ? linksOf(value) : lockObject(value, overridable.get(value) ?? [])));
  }
  snapshots = guarded.map(([target, name]) => {
    const keys = Reflect.ownKeys(target);
    const descriptors = keys.map((k) => Object.getOwnPropertyDescriptor(target, k) as PropertyDescriptor);
    const data = keys.flatMap((_, i) => ('value' in descriptors[i] ? [i] : []));
    return {
      target,
      name,
      keys,
      keySet: new Set(keys),
      descriptors,
      dataKeys: data.map((i) => keys[i]),
      dataValues: data.map((i) => descriptors[i].value),
    };
  });
}

/**
 * What was changed, added or deleted on the guarded prototypes since they were remembered
 * (`Array.prototype.sum`, …), each put back as it was where the language allows it. It runs
 * around every request, so it first looks cheaply: each method by value, and unless `quick`, the
 * number of keys (an added key only matters to the steps that call it, and is caught after them).
 * Plain index loops only: the array methods and iterators it would otherwise use are what it checks.
 */
export function builtinChanges(quick = false): string[] {
  const changed: string[] = [];
  for (let s = 0; s < snapshots.length; s++) {
    if (!looksChanged(snapshots[s], quick)) continue;
    const { target, name, keys, keySet, descriptors } = snapshots[s];
    const now = Reflect.ownKeys(target);
    for (let i = 0; i < now.length; i++) {
      if (keySet.has(now[i])) continue;
      changed[changed.length] = `${name}.${String(now[i])}`;
      Reflect.deleteProperty(target, now[i]); // false for a non-configurable one: it stays, and is reported
    }
    for (let i = 0; i < keys.length; i++) {
      const current = Object.getOwnPropertyDescriptor(target, keys[i]);
      if (current && sameDescriptor(current, descriptors[i])) continue;
      changed[changed.length] = `${name}.${String(keys[i])}`;
      try {
        Object.defineProperty(target, keys[i], descriptors[i]);
      } catch {
        // redefined as non-configurable: it stays changed, and is reported
      }
    }
  }
  return changed;
}

function looksChanged({ target, keys, dataKeys, dataValues }: Snapshot, quick: boolean): boolean {
  for (let i = 0; i < dataKeys.length; i++) if (Reflect.get(target, dataKeys[i]) !== dataValues[i]) return true;
  return !quick && Reflect.ownKeys(target).length !== keys.length;
}

const sameDescriptor = (a: PropertyDescriptor, b: PropertyDescriptor): boolean =>
  a.value === b.value &&
  a.get === b.get &&
  a.set === b.set &&
  a.writable === b.writable &&
  a.configurable === b.configurable &&
  a.enumerable === b.enumerable;

function linksOf(target: object): unknown[] {
  const links: unknown[] = [Object.getPrototypeOf(target)];
  for (const key of Reflect.ownKeys(target)) {
    const descriptor = Object.getOwnPropertyDescriptor(target, key) as PropertyDescriptor;
    links.push(descriptor.value, descriptor.get, descriptor.set);
  }
  return links;
}

/** Makes one object frozen; returns what it links to, to lock next. */
function lockObject(target: object, overridable: readonly string[] | '*'): unknown[] {
  const links = linksOf(target);
  for (const key of Reflect.ownKeys(target)) {
    const descriptor = Object.getOwnPropertyDescriptor(target, key) as PropertyDescriptor;
    if (!descriptor.configurable) continue;
    if (typeof key === 'string' && (overridable === '*' || overridable.includes(key)) && 'value' in descriptor)
      overridableAccessor(target, key, descriptor.value);
    else Object.defineProperty(target, key, 'value' in descriptor ? { writable: false, configurable: false } : { configurable: false });
  }
  Object.preventExtensions(target);
  return links;
}

/** A read-only property that an object inheriting it can still set for itself by assignment. */
function overridableAccessor(owner: object, key: string, value: unknown): void {
  Object.defineProperty(owner, key, {
    configurable: false,
    get: () => value,
    set(this: object, next: unknown) {
      if (this === owner) throw new TypeError(`Cannot assign to read only property '${key}' of a built-in object`);
      Object.defineProperty(this, key, { value: next, writable: true, enumerable: true, configurable: true });
    },
  });
}
