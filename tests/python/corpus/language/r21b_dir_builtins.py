# tutorial 6.3: dir() with no argument and dir(builtins)
import builtins
a = [1, 2, 3, 4, 5]
def fib(n): pass
print(dir())
print(dir(builtins))
