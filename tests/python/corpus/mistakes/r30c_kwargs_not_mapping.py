# Unpacking a list with ** and an int with *.
def show(**opts):
    return sorted(opts.items())

print(show(**{"a": 1}))
try:
    show(*5)
except TypeError as e:
    print("TypeError:", e)
print(show(**["a", 1]))
