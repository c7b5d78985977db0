# bisect on an unsorted list gives nonsense; then bisect with a key on 3.11.
import bisect
scores = [50, 10, 40, 20]
print(bisect.bisect(scores, 30))
data = sorted(scores)
bisect.insort(data, 30)
print(data)
print(bisect.bisect(data, 30, key=lambda x: x))
print(bisect.bisect(data, "30"))
