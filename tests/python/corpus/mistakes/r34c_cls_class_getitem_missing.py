# Subscripting my own class in a type hint evaluated at runtime
class Stack:
    def __init__(self):
        self.items = []

def top(s: list[int]) -> int:
    return s[-1]

print(top([1, 2]))

def peek(s: Stack[int]) -> int:
    return s.items[-1]
