# A generator's finally block raises when the generator is dropped.
import sys
sys.unraisablehook = lambda u: print("hook got", repr(u.exc_value), file=sys.stderr)

def numbers():
    try:
        yield 1
        yield 2
    finally:
        raise ValueError("cleanup failed")

g = numbers()
print(next(g))
g = None
print("dropped")
