# statistics on exam grades: mean, median, mode, stdev, quantiles, and an empty-data error
import statistics as st

grades = [72, 85, 91, 68, 85, 77, 94, 85, 60, 79]
print(st.mean(grades), st.median(grades), st.mode(grades), st.multimode([1, 1, 2, 2, 3]))
print(round(st.stdev(grades), 4), round(st.pstdev(grades), 4), round(st.variance(grades), 3))
print(st.median_low([1, 2, 3, 4]), st.median_high([1, 2, 3, 4]), st.median([1, 2, 3, 4]))
print(st.quantiles(grades, n=4), st.fmean([1.5, 2.5, 3.0]))
print(st.geometric_mean([1, 10, 100]), st.harmonic_mean([40, 60]))
print(st.mean([1, 2, 4]), type(st.mean([1, 2])).__name__, st.mean([0.5, 1]))
from fractions import Fraction
print(st.mean([Fraction(1, 3), Fraction(2, 3), Fraction(1, 2)]))
print(st.correlation([1, 2, 3, 4], [2, 4, 5, 9]), st.linear_regression([1, 2, 3], [2, 4, 7]))
st.mean([])
