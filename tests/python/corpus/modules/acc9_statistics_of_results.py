# statistics over digit counts of factorials: mean, median, mode, stdev, quantiles.
import math
import statistics as st
digits = [len(str(math.factorial(n))) for n in range(0, 30)]
print(digits)
print(st.mean(digits), st.median(digits), st.median_low([1, 2, 3, 4]), st.median_high([1, 2, 3, 4]))
print(st.mode(digits), st.multimode([1, 1, 2, 2, 3]), st.pstdev(digits), st.stdev(digits))
print(st.variance([1, 2, 3, 4]), st.pvariance([1, 2, 3, 4]), st.fmean(digits), st.geometric_mean([1, 2, 4]))
print(st.quantiles(digits, n=4), st.harmonic_mean([1, 2, 4]))
try:
    st.mean([])
except st.StatisticsError as e:
    print("StatisticsError:", e)
try:
    st.stdev([1])
except st.StatisticsError as e:
    print("StatisticsError:", e)
