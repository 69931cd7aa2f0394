// Decides which object type at one position an object joins, so that objects with clearly distinct
// shapes (no key in common, like Zoho's `{ data }` and `{ code, details, message, status }` under one
// status) stay separate union members instead of one object whose keys are all optional.
//
// Rule: an object joins every member it shares a key with, and those members become one (they describe
// the same thing, seen partially). So members never share a key, the partition does not depend on sample
// order, and finding the members to join is a key lookup per member. An object with no keys, or a member
// with none, shares nothing and merges anyway (`{}` says nothing against any shape).

import type { ObjectAccumulator, ObjectsAccumulator } from './accumulator.js';

/** Beyond this many disjoint object types the position looks like a map, not alternatives: merge them all. */
export const MAX_OBJECT_MEMBERS = 8;

export function objectMemberFor(objects: ObjectsAccumulator, keys: readonly string[]): ObjectAccumulator {
  const { members } = objects;
  const first = members[0];
  if (first === undefined) return addMember(members);
  if (objects.collapsed || keys.length === 0) return first;

  const sharing = members.filter((member) => keys.some((key) => member.properties.has(key)));
  const target = sharing[0] ?? members.find((member) => member.properties.size === 0);
  if (target !== undefined) {
    for (const other of sharing.slice(1)) absorbMember(members, target, other);
    return target;
  }

  if (members.length < MAX_OBJECT_MEMBERS) return addMember(members);
  for (const other of members.slice(1)) absorbMember(members, first, other);
  objects.collapsed = true;
  return first;
}

function addMember(members: ObjectAccumulator[]): ObjectAccumulator {
  const member: ObjectAccumulator = { count: 0, properties: new Map() };
  members.push(member);
  return member;
}

/** Members never share a key, so their properties move over as they are; counts make them optional. */
function absorbMember(members: ObjectAccumulator[], target: ObjectAccumulator, source: ObjectAccumulator): void {
  for (const [name, property] of source.properties) target.properties.set(name, property);
  target.count += source.count;
  members.splice(members.indexOf(source), 1);
}
