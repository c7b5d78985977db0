# tutorial 5.1.1-5.1.2: lists as stacks, deque as a queue
stack = [3, 4, 5]
stack.append(6)
stack.append(7)
print(stack)
print(stack.pop())
print(stack)
print(stack.pop())
print(stack.pop())
print(stack)
from collections import deque
queue = deque(["Eric", "John", "Michael"])
queue.append("Terry")           # Terry arrives
queue.append("Graham")          # Graham arrives
print(queue.popleft())                 # The first to arrive now leaves
print(queue.popleft())                 # The second to arrive now leaves
print(queue)                           # Remaining queue in order of arrival
queue.appendleft('Zed'); queue.rotate(1)
print(queue, len(queue), queue[0], queue[-1])
q = deque(range(10), maxlen=3)
print(q)
q.append(99); q.appendleft(-1)
print(q, q.maxlen)
q.extendleft('ab')
print(q)
print(deque().popleft())
