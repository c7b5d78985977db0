# bisect on an unsorted list gives a wrong position (no error), then on mixed types
import bisect

marks = [70, 50, 90]
print(bisect.bisect(marks, 60))
bisect.insort(marks, "80")
