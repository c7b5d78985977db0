# Grade book: averages, letter grades, ranking, formatted report
from statistics import mean, median, stdev, mode

grades = {
    "Alice": [88, 92, 79, 95],
    "Bob": [72, 65, 80, 70],
    "Chen": [95, 98, 100, 91],
    "Dana": [55, 62, 48, 70],
    "Eve": [88, 92, 79, 95],
}

def letter(avg):
    for cutoff, l in ((90, "A"), (80, "B"), (70, "C"), (60, "D")):
        if avg >= cutoff:
            return l
    return "F"

report = []
for name, marks in grades.items():
    avg = mean(marks)
    report.append((name, avg, median(marks), stdev(marks), letter(avg)))

report.sort(key=lambda r: (-r[1], r[0]))
print(f"{'Name':<6}|{'Avg':>7}|{'Med':>6}|{'SD':>7}|Grade")
print("-" * 35)
for rank, (name, avg, med, sd, g) in enumerate(report, start=1):
    print(f"{name:<6}|{avg:7.2f}|{med:6.1f}|{sd:7.3f}|{g:^5}| #{rank}")

all_marks = [m for ms in grades.values() for m in ms]
print("class mean:", mean(all_marks), type(mean(all_marks)).__name__)
print("class median:", median(all_marks))
print("mode:", mode(all_marks))
print("top:", max(grades, key=lambda n: mean(grades[n])))
print("stdev of ints:", round(stdev([1, 2, 3, 4]), 6))
print(mean([1.5, 2.5]), mean([1, 2]), median([1, 2]), median([3, 1, 2]))
from fractions import Fraction
print(mean([Fraction(1, 3), Fraction(2, 3), Fraction(1, 2)]))
print(stdev([88]))
