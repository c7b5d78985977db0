# A format spec with no expression.
print("start")

value = 3.5
print(f"{:>10}")
