# A generator expression inside sum() that hits a string.
# (kept short on purpose: the mistake is the point)
cart = [("pen", 2), ("ink", "3"), ("pad", 1)]
print(sum(qty * 2 for _, qty in cart))
print(sum(qty + 1 for _, qty in cart))
