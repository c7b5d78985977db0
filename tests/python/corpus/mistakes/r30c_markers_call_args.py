# An error in an argument of a nested call.
def fmt(x):
    return f"<{x}>"

values = [3, 0, 5]
print(", ".join(fmt(10 // v) for v in values))
