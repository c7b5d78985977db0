# The names a program starts with, as CPython's __main__ has them: what
# dir() and globals() list at module level, the loader of the file, and
# __annotations__ filling in as annotated names are assigned.
print(list(globals()))
print(dir())
print(__name__, __doc__, __package__, __spec__, __cached__, __annotations__)
print(type(__loader__).__module__, type(__loader__).__name__, __loader__.name)
print(__loader__.path == __file__, __file__.endswith(".py"), __builtins__.__name__)
count: int = 3
label: str
print(__annotations__, "label" in globals())
import sys
print(sys.modules["__main__"].__dict__ is globals(), sorted(vars(sys.modules[__name__]))[:3])
