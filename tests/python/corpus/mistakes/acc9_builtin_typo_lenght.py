# A misspelt builtin.
print("start")

items = [1, 2, 3]
print(lenght(items))
