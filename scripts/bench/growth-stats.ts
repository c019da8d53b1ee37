import { linearFit } from './linear-fit';
import { median } from './median';

export interface GrowthStats {
  first: number;
  last: number;
  /** Medians of the first five and the last five batches, and last / first of those. */
  firstMedian: number;
  lastMedian: number;
  ratio: number;
  /** value ≈ intercept + slope × batch index; ratio: the fitted last batch / the fitted first. */
  fit: { intercept: number; slope: number; ratio: number };
}

/** How per-batch scan times change as the page grows. */
export function growthStats(values: readonly number[]): GrowthStats {
  const fit = linearFit(values);
  const firstMedian = median(values.slice(0, 5));
  const lastMedian = median(values.slice(-5));
  return {
    first: values[0] ?? Number.NaN,
    last: values[values.length - 1] ?? Number.NaN,
    firstMedian,
    lastMedian,
    ratio: lastMedian / firstMedian,
    fit: { ...fit, ratio: (fit.intercept + fit.slope * (values.length - 1)) / fit.intercept },
  };
}
