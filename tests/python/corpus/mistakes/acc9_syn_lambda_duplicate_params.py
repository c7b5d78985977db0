# A lambda with two parameters of the same name.
print("start")

pairs = [(1, 2), (3, 4)]
add = lambda x, x: x + x
print([add(a, b) for a, b in pairs])
