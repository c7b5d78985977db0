# A conditional expression without else.
n = 4
kind = "even" if n % 2 == 0
print(kind)
