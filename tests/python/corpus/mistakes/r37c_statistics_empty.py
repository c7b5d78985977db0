# average and most common grade of the students who passed
import statistics

grades = [45, 52, 38]
passed = [g for g in grades if g >= 60]
print("failed:", len(grades) - len(passed))
print(statistics.mean(passed))
