# Fitting a line to study hours vs marks with statistics.linear_regression and correlation
import statistics as st

hours = [1, 2, 3, 4, 5, 6, 7, 8]
marks = [52, 55, 61, 60, 68, 70, 75, 79]
slope, intercept = st.linear_regression(hours, marks)
print(f"marks = {slope:.3f} * hours + {intercept:.3f}")
print(f"r = {st.correlation(hours, marks):.4f}")
print(f"cov = {st.covariance(hours, marks):.4f}")
for h in (0, 10):
    print(h, round(slope * h + intercept, 1))
print(st.quantiles(marks, n=4), st.quantiles(marks, n=4, method="inclusive"))
print(st.multimode("aabbbcccd"), st.mode([1, 1, 2]))
print(st.fmean([1, 2, 4], weights=None) if False else st.fmean([1, 2, 4]))
print(round(st.geometric_mean([1, 2, 4, 8]), 6), st.harmonic_mean([40, 60]))
print(st.median_low([1, 3, 5, 7]), st.median_high([1, 3, 5, 7]), st.median_grouped([1, 2, 2, 3]))
print(st.pvariance([1, 2, 3, 4]), st.variance([1, 2, 3, 4]), st.pstdev([2, 4, 4, 4, 5, 5, 7, 9]))
try:
    st.correlation([1, 1, 1], [1, 2, 3])
except st.StatisticsError as e:
    print("StatisticsError:", e)
try:
    st.linear_regression([1], [2])
except st.StatisticsError as e:
    print("StatisticsError:", e)
