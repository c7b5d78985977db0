# JavaScript === in a comparison.
a = 5
b = 5
if a === b:
    print("same")
