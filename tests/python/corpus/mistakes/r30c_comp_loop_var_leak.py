# Expecting a comprehension's variable to exist afterwards.
# (kept short on purpose: the mistake is the point)
squares = [k * k for k in range(4)]
print(squares)
print("last k was", k)
