# A ValueError inside sum() of a generator expression.
print("start")

lines = ["10", "20", "x30"]
total = sum(int(line) for line in lines)
print(total)
