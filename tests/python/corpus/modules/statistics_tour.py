# statistics: mean, fmean, medians, mode, variance and stdev (exact sums,
# one rounding), quantiles, weighted means, covariance and regression, of
# ints, floats and Fractions, and the StatisticsErrors
import statistics as st
from fractions import Fraction as F
import random
random.seed(5)
sets = [[1, 2, 3, 4], [1, 2, 3], [2.5, 3.25, 5.75], [0.1] * 7, [1, 2.5, F(1, 3)], [F(1, 2), F(3, 4), F(5, 6)],
        [random.uniform(0, 100) for _ in range(25)], [random.randint(1, 10) for _ in range(30)], [10 ** 20, 3, 7, 10 ** 20 + 1],
        [3, 3, 1, 1, 2], [0.1, 0.2, 0.30000000000000004, 1e-17]]
for d in sets:
    print(st.mean(d), st.fmean(d), st.median(d), st.median_low(d), st.median_high(d), st.mode(d), st.multimode(d))
    print('  ', st.variance(d), st.pvariance(d), st.stdev(d), st.pstdev(d), st.median_grouped(d))
    if min(d) > 0:
        print('  ', st.harmonic_mean(d), round(st.geometric_mean(d), 9))
    print('  ', st.quantiles(d), st.quantiles(d, n=10, method='inclusive'))
print(st.mean([True, False, True]), st.variance([1, 2, 3], xbar=2), st.pvariance([1.5, 2.5], mu=2), st.stdev([2, 4, 4, 4, 5, 5, 7, 9]))
print(st.pstdev([2, 4, 4, 4, 5, 5, 7, 9]), type(st.mean([1, 2])), type(st.variance([1, 2, 3])), type(st.mean([F(1), 2])))
print(st.fmean([1, 2, 3], weights=[3, 1, 1]), st.harmonic_mean([40, 60], weights=[5, 30]), st.mode(['a', 'b', 'a']), st.multimode('aabbbcc'))
x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
print(st.covariance(x, y), st.correlation(x, x), st.linear_regression(x, [2 * v + 1 for v in x]), st.linear_regression(x, y, proportional=True))
for f, a in [(st.mean, []), (st.variance, [1]), (st.stdev, [1]), (st.pvariance, []), (st.median, []), (st.mode, []), (st.quantiles, [1]), (st.harmonic_mean, [-1, 2]), (st.geometric_mean, [0, 1]), (st.correlation, ([1, 1], [1, 2]))]:
    try:
        print(f(*a) if isinstance(a, tuple) else f(a))
    except st.StatisticsError as e:
        print(f.__name__, 'StatisticsError:', e)
print(issubclass(st.StatisticsError, ValueError), st.multimode([]))
try:
    st.mean(['a', 'b'])
except TypeError as e:
    print('TypeError:', e)
