# A single } in an f-string.
print("start")

count = 3
print(f"done: {count}}")
