# Turning scores into letter grades with bisect, and keeping a list sorted with insort
import bisect


def grade(score, breakpoints=(60, 70, 80, 90), letters="FDCBA"):
    return letters[bisect.bisect(breakpoints, score)]


print([grade(s) for s in [33, 60, 69, 70, 89, 90, 100]])
data = []
for x in [5, 1, 4, 1, 5, 9, 2, 6]:
    bisect.insort(data, x)
print(data, bisect.bisect_left(data, 5), bisect.bisect_right(data, 5))
words = sorted(["pear", "fig", "banana", "kiwi"], key=len)
print(words, bisect.bisect(words, 4, key=len))
bisect.insort(words, "plum", key=len)
print(words, bisect.bisect_left(data, 100), bisect.bisect_left(data, 3, lo=5))
bisect.bisect([1, 2], 1, lo=-1)
