# A Stack class used to check balanced brackets and evaluate reverse Polish notation.
class Stack:
    def __init__(self):
        self._items = []
    def push(self, x):
        self._items.append(x)
    def pop(self):
        if not self._items:
            raise IndexError("pop from empty stack")
        return self._items.pop()
    def peek(self):
        return self._items[-1]
    def __len__(self):
        return len(self._items)
    def __repr__(self):
        return f"Stack({self._items})"

def balanced(text):
    pairs = {")": "(", "]": "[", "}": "{"}
    s = Stack()
    for ch in text:
        if ch in "([{":
            s.push(ch)
        elif ch in pairs:
            if not s or s.pop() != pairs[ch]:
                return False
    return len(s) == 0

for t in ["(a[b]{c})", "([)]", "((", "", "{[()()]}", "}"]:
    print(repr(t), balanced(t))

def rpn(expr):
    s = Stack()
    ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b, "/": lambda a, b: a / b}
    for tok in expr.split():
        if tok in ops:
            b, a = s.pop(), s.pop()
            s.push(ops[tok](a, b))
        else:
            s.push(float(tok) if "." in tok else int(tok))
    return s.pop()

print(rpn("3 4 + 2 *"), rpn("5 1 2 + 4 * + 3 -"), rpn("2.5 2 /"))
try:
    rpn("1 +")
except IndexError as e:
    print("IndexError:", e)
