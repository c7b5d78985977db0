# Popping more than was pushed on a stack of brackets
def balanced(text):
    stack = []
    for ch in text:
        if ch == "(":
            stack.append(ch)
        elif ch == ")":
            stack.pop()
    return not stack

print(balanced("(a(b))"))
print(balanced("a)(b"))
