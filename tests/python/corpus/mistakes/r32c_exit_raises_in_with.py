# A context manager whose __exit__ has a bug, hiding the original error.
class Timer:
    def __enter__(self):
        print("start")
        return self

    def __exit__(self, exc_type, exc, tb):
        print("stop after", exc_type.__name__)
        return self.elapsed > 1

with Timer():
    print(int("abc"))
