import statistics as st

grades = [88, 92, 79, 93, 85, 92, 70]
print(st.mean(grades), st.median(grades), st.mode(grades))
print(round(st.stdev(grades), 4), round(st.pstdev(grades), 4), round(st.variance(grades), 3))
print(st.median([1, 2, 3, 4]), st.median_low([1, 2, 3, 4]), st.median_high([1, 2, 3, 4]))
print(st.mean([1.5, 2.5]), st.fmean([1, 2, 4]), st.multimode("aabbc"))
print(st.mean([1, 2]), type(st.mean([1, 2])).__name__, st.mean([1, 2, 3]))
print(st.quantiles(range(1, 11), n=4))
print(round(st.geometric_mean([1, 2, 4]), 6), round(st.harmonic_mean([1, 2, 4]), 6))
try:
    st.mean([])
except st.StatisticsError as e:
    print(type(e).__name__, e)
try:
    st.stdev([5])
except st.StatisticsError as e:
    print(e)
print(st.mode(["red", "blue", "red"]))
