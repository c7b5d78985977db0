# An f-string with a single '}' in it.
n = 5
print(f"{n}! = {n * 24}}")
