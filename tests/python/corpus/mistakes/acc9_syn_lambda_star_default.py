# A lambda with *args given a default.
print("start")

f = lambda *args=1: args
print(f())
