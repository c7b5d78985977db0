# A lambda with a bare * and nothing after it.
print("start")

f = lambda x, *: x
print(f(1))
