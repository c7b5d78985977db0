# tutorial 11.7: tools for working with lists: array, deque, bisect, heapq
from array import array
a = array('H', [4000, 10, 700, 22222])
print(sum(a))
print(a[1:3])
print(a, a.itemsize, a.typecode, a.tolist())
a.append(5); a.extend([6, 7])
print(a, len(a), a[-1])
import bisect
scores = [(100, 'perl'), (200, 'tcl'), (400, 'lua'), (500, 'python')]
bisect.insort(scores, (300, 'ruby'))
print(scores)
print(bisect.bisect([1, 2, 2, 3], 2), bisect.bisect_left([1, 2, 2, 3], 2))
from heapq import heapify, heappop, heappush, nsmallest, nlargest
data = [1, 3, 5, 7, 9, 2, 4, 6, 8, 0]
heapify(data)                      # rearrange the list into heap order
heappush(data, -5)                 # add a new entry
print([heappop(data) for i in range(3)])  # fetch the three smallest entries
print(nsmallest(2, [5, 1, 4]), nlargest(2, 'hello'))
from collections import deque
d = deque(["task1", "task2", "task3"])
d.append("task4")
print("Handling", d.popleft())
print(array('d', [1.5, 2]), array('u', 'hi') if False else array('b', [-1, 2]))
a.append(-1)
