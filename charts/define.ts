/**
 * defineComponent, apart from the registry: a component file imports this, and only types from
 * the registry, so loading a component never loads the registry (which loads every component).
 */
import type { ComponentId, ComponentSpec } from './registry';

/** Defines a component spec with its handle type checked. */
export function defineComponent<Id extends ComponentId>(spec: ComponentSpec<Id>): ComponentSpec {
  return spec as unknown as ComponentSpec;
}
