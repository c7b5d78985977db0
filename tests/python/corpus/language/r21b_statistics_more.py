# statistics: correlation, linear_regression, geometric mean, errors
import statistics
print(statistics.correlation([1, 2, 3], [2, 4, 7]), statistics.linear_regression([1, 2, 3], [2, 4, 7]))
print(statistics.geometric_mean([1, 2, 4]), statistics.covariance([1, 2, 3], [1, 0, 5]))
print(statistics.pvariance([1, 2, 3, 4]), statistics.median_grouped([1, 2, 2, 3, 4]))
try:
    statistics.variance([1])
except statistics.StatisticsError as e:
    print(type(e).__name__, e)
print(statistics.mode([]))
