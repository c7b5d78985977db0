values = [1, 2, 3]
print(f"total: {sum(values)=:>8}")
print(f"{values[0]:{"x"}}")
print(f"{}")
