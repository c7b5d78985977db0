# Summary statistics for two seeded samples: quantiles, multimode, fmean weights, correlation, regression.
import random
import statistics as st

random.seed(37)
xs = [random.randint(1, 20) for _ in range(15)]
ys = [2 * x + random.choice([-2, -1, 0, 1, 2]) for x in xs]
print(xs)
print(st.mean(xs), st.median(xs), st.median_low(xs), st.median_high(xs), st.mode(xs))
print(st.multimode(xs), st.multimode("aabbcd"))
print(st.quantiles(xs, n=4), st.quantiles(xs, n=4, method="inclusive"))
print(round(st.pstdev(xs), 4), round(st.stdev(xs), 4), round(st.variance(xs), 4))
print(st.fmean([1, 2, 3], weights=[3, 1, 1]) if hasattr(st, "x") else st.fmean([1.5, 2.5, 3.5]))
print(round(st.geometric_mean([1, 4, 16]), 6), st.harmonic_mean([40, 60]), st.harmonic_mean([40, 60], weights=[5, 30]))
print(round(st.correlation(xs, ys), 6), round(st.covariance(xs, ys), 6))
lr = st.linear_regression(xs, ys)
print(type(lr).__name__, round(lr.slope, 4), round(lr.intercept, 4))
print(st.median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5]))
try:
    st.mean([])
except st.StatisticsError as e:
    print("StatisticsError:", e)
print(st.correlation([1, 2, 3], [1, 1, 1]))
