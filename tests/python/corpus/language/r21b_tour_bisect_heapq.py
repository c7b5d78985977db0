# tutorial 11.7: bisect and heapq (without array)
import bisect
scores = [(100, 'perl'), (200, 'tcl'), (400, 'lua'), (500, 'python')]
bisect.insort(scores, (300, 'ruby'))
print(scores)
print(bisect.bisect([1, 2, 2, 3], 2), bisect.bisect_left([1, 2, 2, 3], 2))
grades = 'FDCBA'
print([grades[bisect.bisect([60, 70, 80, 90], s)] for s in [33, 99, 77, 70, 89, 90, 100]])
from heapq import heapify, heappop, heappush, nsmallest, nlargest, heapreplace, merge
data = [1, 3, 5, 7, 9, 2, 4, 6, 8, 0]
heapify(data)                      # rearrange the list into heap order
print(data)
heappush(data, -5)                 # add a new entry
print([heappop(data) for i in range(3)])  # fetch the three smallest entries
print(nsmallest(2, [5, 1, 4]), nlargest(2, 'hello'), heapreplace(data, 100), list(merge([1, 4], [2, 3])))
print(nlargest(2, [('a', 3), ('b', 1), ('c', 5)], key=lambda p: p[1]))
heappop([])
