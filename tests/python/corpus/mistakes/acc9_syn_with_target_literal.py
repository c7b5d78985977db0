# with ... as a string literal.
class Res:
    def __enter__(self): return self
    def __exit__(self, *a): return False

with Res() as "r":
    print("inside")
