# statistics.NormalDist for heights: cdf, inv_cdf, overlap, and from_samples
from statistics import NormalDist

heights = NormalDist(mu=170, sigma=8)
print(heights, heights.mean, heights.stdev, heights.variance)
print(round(heights.cdf(180), 6), round(heights.inv_cdf(0.95), 4), round(heights.pdf(170), 6))
print([round(q, 3) for q in heights.quantiles(4)])
women = NormalDist(163, 7)
print(round(heights.overlap(women), 6), round(heights.zscore(186), 3))
both = heights + 5
print(both, heights * 2, round((heights - women).cdf(0), 6))
sample = NormalDist.from_samples([2.5, 3.1, 2.9, 3.3, 2.7])
print(round(sample.mean, 4), round(sample.stdev, 4))
print(NormalDist(0, 1).inv_cdf(0.5), NormalDist().samples(0))
NormalDist(0, -1)
