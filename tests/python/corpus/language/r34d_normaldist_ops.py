# statistics.NormalDist: fitting from samples, pdf/cdf/inv_cdf, overlap, zscore and arithmetic
from statistics import NormalDist
import random

heights = NormalDist(mu=170, sigma=8)
print(heights, heights.mean, heights.stdev, heights.variance)
print(round(heights.cdf(186) - heights.cdf(154), 4), round(heights.pdf(170), 5))
print([round(heights.inv_cdf(p), 2) for p in (0.1, 0.5, 0.9)])
print([round(q, 2) for q in heights.quantiles(4)])
other = NormalDist(176, 7)
print(round(heights.overlap(other), 4), round(heights.zscore(182), 3))
print(heights + 5, heights * 2, heights - other if False else heights + other)
random.seed(11)
sample = heights.samples(5, seed=3)
print([round(x, 2) for x in sample])
fit = NormalDist.from_samples([160, 165, 170, 175, 180])
print(round(fit.mean, 2), round(fit.stdev, 3))
try:
    NormalDist(0, -1)
except Exception as e:
    print(type(e).__name__, e)
try:
    heights.inv_cdf(1.5)
except Exception as e:
    print(type(e).__name__, e)
