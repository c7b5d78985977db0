# Statistics beyond mean and median: spread, correlation, regression and NormalDist.
import statistics as st

data = [2.5, 3.1, 4.7, 4.7, 5.0, 6.2, 9.8]
print(st.fmean(data), st.median_low([1, 3, 5, 7]), st.median_high([1, 3, 5, 7]))
print(round(st.geometric_mean([1, 4, 16]), 6), st.harmonic_mean([40, 60]), st.multimode("aabbcd"))
print(round(st.pvariance(data), 6), round(st.variance(data), 6), round(st.pstdev(data), 6))
print(st.median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5]))
hours = [1, 2, 3, 4, 5]
scores = [52, 60, 61, 70, 77]
print(round(st.correlation(hours, scores), 6), st.covariance(hours, scores))
slope, intercept = st.linear_regression(hours, scores)
print(round(slope, 3), round(intercept, 3), round(slope * 6 + intercept, 2))
nd = st.NormalDist(mu=100, sigma=15)
print(nd, round(nd.cdf(130), 6), round(nd.inv_cdf(0.975), 4), round(nd.pdf(100), 6))
print(nd + 10, nd * 2, round(nd.overlap(st.NormalDist(110, 15)), 6))
print(st.NormalDist.from_samples([1, 2, 3, 4, 5]))
print(st.quantiles(range(1, 11), n=5), st.quantiles(range(1, 11), n=5, method="inclusive"))
print(st.mean([1, 2, 4]), st.mean([1.5, 2]), type(st.mean([1, 2])).__name__)
from fractions import Fraction
print(st.mean([Fraction(1, 2), Fraction(1, 3)]), st.median([3, 1, 2, 4]))
for bad in (lambda: st.mean([]), lambda: st.stdev([1]), lambda: st.mode([])):
    try:
        bad()
    except st.StatisticsError as e:
        print("StatisticsError:", e)
