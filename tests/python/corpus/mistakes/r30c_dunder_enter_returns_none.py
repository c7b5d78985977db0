# __enter__ that forgets to return self.
class Timer:
    def __enter__(self):
        self.label = "timer"

    def __exit__(self, *exc):
        print("exit")
        return False

    def lap(self):
        return "lap"

with Timer() as t:
    print("t is", t)
    print(t.lap())
