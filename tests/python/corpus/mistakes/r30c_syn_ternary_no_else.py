# A conditional expression without else.
# (kept short on purpose: the mistake is the point)
n = 4
kind = "even" if n % 2 == 0
print(kind)
