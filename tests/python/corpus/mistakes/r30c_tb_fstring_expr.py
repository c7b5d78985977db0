# Division by zero inside an f-string expression.
# (kept short on purpose: the mistake is the point)
count = 0
total = 10
print(f"average: {total / count:.2f}")
