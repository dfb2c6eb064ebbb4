/**
 * The environments lakeplane ships. To add one, write config/environments/<name>.ts and list
 * it here; its name must match the file name.
 */
import dev from './environments/dev';
import prod from './environments/prod';
import { PlatformConfigInput } from './schema';

export const ENVIRONMENTS: Readonly<Record<string, PlatformConfigInput>> = { dev, prod };

export * from './schema';
export * from './load';
