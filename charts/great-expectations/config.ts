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
    /** The order checks (the staging_orders suite on staging.stg_orders). */
    orders: z
        .strictObject({
            /** ISO 3166-1 alpha-2 codes orders may be delivered to. @default ['US', 'CA', 'MX'] (the document's) */
            countryCodes: z
                .array(z.string().regex(/^[A-Z]{2}$/, { error: 'must be an ISO 3166-1 alpha-2 code in capitals, e.g. "DE"' }))
                .min(1, { error: 'must list at least one country (an empty set would fail every order)' })
                .optional(),
            /** Orders a day: fewer or more fails the gate. @default 1000 */
            minDailyRows: z.int().min(0, { error: 'must be >= 0' }).optional(),
            /** @default 100000 */
            maxDailyRows: z.int().min(1, { error: 'must be >= 1' }).optional(),
            /** The lowest plausible mean order value of a day. @default 10 */
            minMeanPrice: z.number().min(0, { error: 'must be >= 0' }).optional(),
            /** The highest plausible mean order value of a day. @default 500 */
            maxMeanPrice: z.number().positive({ error: 'must be > 0' }).optional(),
        })
        .optional(),
    /** CPU of the check pod in cores. @default 0.5 in production, 0.25 in small */
    cpu: z.number().positive({ error: 'must be > 0' }).optional(),
    /** Memory of the check pod in GiB. @default 1 in production, 0.5 in small */
    memoryGiB: z.number().positive({ error: 'must be > 0' }).optional(),
});

export type GreatExpectationsConfig = z.output<typeof GreatExpectationsConfigSchema>;
