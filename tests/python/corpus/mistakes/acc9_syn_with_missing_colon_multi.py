# A with statement of two items without its colon.
class R:
    def __enter__(self): return self
    def __exit__(self, *a): return False

with R() as a, R() as b
    print(a, b)
