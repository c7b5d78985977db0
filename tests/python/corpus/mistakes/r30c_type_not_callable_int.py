# Math notation: a number followed by parentheses.
a = 3
b = 4
print(a * (b + 1))
print(a(b + 1))
