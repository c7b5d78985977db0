# A call after with ... as.
class Res:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return False

with Res() as r():
    print(r)
