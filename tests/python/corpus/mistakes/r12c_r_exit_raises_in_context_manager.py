# A context manager whose __exit__ raises, chained to the body's error.
class Timer:
    def __enter__(self):
        print("start")
        return self

    def __exit__(self, exc_type, exc, tb):
        print("stop after", exc_type.__name__ if exc_type else "success")
        return self.elapsed > 1

with Timer():
    print("working")
with Timer():
    raise ValueError("step failed")
