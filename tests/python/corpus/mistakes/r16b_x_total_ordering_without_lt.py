# functools.total_ordering with __eq__ alone
import functools
@functools.total_ordering
class V:
    def __init__(self, x): self.x = x
    def __eq__(self, o): return self.x == o.x
print(V(1) < V(2))
