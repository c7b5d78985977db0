# statistics.NormalDist for exam scores: cdf, inv_cdf, z-scores, overlap and arithmetic
from statistics import NormalDist, StatisticsError
import statistics

iq = NormalDist(100, 15)
print(iq, iq.mean, iq.stdev, iq.variance)
print(round(iq.cdf(130), 6), round(iq.pdf(100), 6), round(iq.inv_cdf(0.95), 4))
print([round(q, 3) for q in iq.quantiles(4)], round(iq.zscore(85), 3))
print(round(NormalDist(0, 1).overlap(NormalDist(1, 1)), 6))
scores = [61, 72, 88, 93, 79, 84, 70]
fit = NormalDist.from_samples(scores)
print(round(fit.mean, 4), round(fit.stdev, 4))
print(iq + 10, iq * 2, NormalDist(1, 2) + NormalDist(3, 4))
print(len(iq.samples(5, seed=42)), [round(x, 3) for x in NormalDist().samples(3, seed=1)])
print(statistics.fmean([1, 2, 3], weights=[3, 2, 1]), statistics.mode([]) if False else "skip")
try:
    NormalDist(0, -1)
except StatisticsError as e:
    print("StatisticsError:", e)
statistics.stdev([5])
