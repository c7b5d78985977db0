# An f-string missing its closing brace.
total = 42
print(f"total: {total")
print("after")
