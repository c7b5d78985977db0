from collections import deque

history = deque(range(10), maxlen=5)
print(history)
print(history[1])
print(history[1:3])
