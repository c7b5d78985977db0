# a context manager that logs on exit, but its __exit__ has a bug of its own
class Timer:
    def __enter__(self):
        self.events = []
        return self
    def __exit__(self, exc_type, exc, tb):
        print("closing with", exc_type.__name__)
        self.events.append(exc.mesage)
        return False

with Timer() as t:
    print("working")
    raise ValueError("disk full")
