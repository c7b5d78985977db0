# statistics: correlation and linear_regression of sleep delays against measured steps
import statistics

delays = [0.1, 0.2, 0.3, 0.4, 0.5]
steps = [1, 2, 2, 4, 5]
print(round(statistics.correlation(delays, steps), 6))
slope, intercept = statistics.linear_regression(delays, steps)
print(round(slope, 6), round(intercept, 6))
print(statistics.covariance(delays, steps), statistics.variance(steps), statistics.pvariance(steps))
print(statistics.fmean(steps), statistics.geometric_mean(steps) < statistics.mean(steps))
print(statistics.median_grouped([1, 2, 2, 3, 4]), statistics.mode(['a', 'b', 'b']))
print(statistics.correlation([1, 1, 1], [1, 2, 3]))
