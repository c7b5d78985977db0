# A misspelt builtin inside a function: "Did you mean: 'range'?"
def squares(n):
    return [i * i for i in rnage(n)]

print(squares(4))
