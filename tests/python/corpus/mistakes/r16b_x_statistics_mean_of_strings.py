# statistics.mean of numbers read as text: a TypeError raised while handling an AttributeError
import statistics

marks = ["70", "85", "90"]
print(statistics.mean(int(m) for m in marks))
print(statistics.mean(marks))
