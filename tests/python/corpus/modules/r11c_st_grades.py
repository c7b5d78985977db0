import statistics

grades = {"ann": [88, 92, 79], "bob": [65, 70, 72], "cat": [95, 98, 100], "dan": [50, 85, 70]}
means = {k: statistics.mean(v) for k, v in grades.items()}
for name, m in sorted(means.items(), key=lambda kv: -kv[1]):
    print(f"{name:<4} {m:6.2f} sd={statistics.pstdev(grades[name]):5.2f}")
allg = [g for v in grades.values() for g in v]
mu, sd = statistics.mean(allg), statistics.stdev(allg)
print(f"overall {mu:.2f} +- {sd:.2f}")
for name, v in grades.items():
    z = [(g - mu) / sd for g in v]
    print(name, [f"{x:+.2f}" for x in z])
print(statistics.median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5]))
print(statistics.correlation([1, 2, 3, 4, 5], [2, 4, 5, 4, 5]))
print(statistics.linear_regression([1, 2, 3, 4, 5], [2, 4, 6, 8, 10]))
