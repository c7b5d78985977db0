# 2(3 + 4): a number called like a function, with CPython's SyntaxWarning
print("== call int missing operator ==")
x = 3
result = 2(x + 4)
print(result)
