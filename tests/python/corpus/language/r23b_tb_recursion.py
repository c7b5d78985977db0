import sys

def depth(n):
    return depth(n + 1)

class Node:
    def __init__(self, parent=None):
        self.parent = parent
    @property
    def root(self):
        return self.parent.root if self.parent else self

chain = None
for _ in range(50):
    chain = Node(chain)
print(chain.root.parent is None)
try:
    depth(0)
except RecursionError as e:
    print("RecursionError:", e)
print(sys.getrecursionlimit() >= 1000)
loop = Node()
loop.parent = loop
def countdown(n):
    if n == 0:
        raise ValueError("hit bottom")
    countdown(n - 1)
try:
    countdown(30)
except ValueError as e:
    print("ValueError:", e)
countdown(12)
