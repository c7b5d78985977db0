# deepcopy of an object holding a generator
import copy
class Node:
    def __init__(self): self.gen = (i for i in range(3))
copy.deepcopy(Node())
