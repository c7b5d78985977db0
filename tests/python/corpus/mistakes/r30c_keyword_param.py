# A parameter named after a keyword.
def make_range(from, to):
    return list(range(from, to))

print(make_range(1, 4))
