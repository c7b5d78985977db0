# A starred expression in parentheses on its own.
print("start")

values = [1, 2, 3]
total = (*values)
print(total)
