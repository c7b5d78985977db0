# An f-string missing its closing brace.
# (kept short on purpose: the mistake is the point)
total = 42
print(f"total: {total")
print("after")
