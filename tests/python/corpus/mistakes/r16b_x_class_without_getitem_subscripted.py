# A Stack class with __len__ but no __getitem__, subscripted
class Stack:
    def __init__(self): self.items = []
    def push(self, x): self.items.append(x)
    def pop(self): return self.items.pop()
    def __len__(self): return len(self.items)
s = Stack(); s.push(1)
print(len(s), bool(s))
print(s[0])
