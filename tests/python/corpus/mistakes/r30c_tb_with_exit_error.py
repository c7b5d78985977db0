# A context manager whose __exit__ has a bug.
class Timer:
    def __enter__(self):
        self.start = 0
        return self

    def __exit__(self, exc_type, exc, tb):
        print("elapsed", self.stop - self.start)

with Timer() as t:
    print("working")
