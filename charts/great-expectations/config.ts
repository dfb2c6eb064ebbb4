/** Config slice of the `great-expectations` component. */
import { z } from 'zod';
import { componentBase } from '../../config/component-base';

export const GreatExpectationsConfigSchema = z.strictObject({
    ...componentBase,
    /** Rows the nightly batch should merge into silver per day: fewer or more fails the gate. @default 1000 */
    minDailyRows: z.int().min(0, { error: 'must be >= 0' }).optional(),
    /** @default 100000 */
    maxDailyRows: z.int().min(1, { error: 'must be >= 1' }).optional(),
    /** Event types the sources may send (checked in staging). @default - any well-formed type */
    eventTypes: z.array(z.string().min(1, { error: 'must not be empty' })).optional(),
    /** CPU of the check pod in cores. @default 0.5 in production, 0.25 in small */
    cpu: z.number().positive({ error: 'must be > 0' }).optional(),
    /** Memory of the check pod in GiB. @default 1 in production, 0.5 in small */
    memoryGiB: z.number().positive({ error: 'must be > 0' }).optional(),
});

export type GreatExpectationsConfig = z.output<typeof GreatExpectationsConfigSchema>;
