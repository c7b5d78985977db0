# Division by zero inside an f-string expression.
count = 0
total = 10
print(f"average: {total / count:.2f}")
