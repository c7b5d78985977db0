# Mistake: assigning to a read-only property.
class Timer:
    def __init__(self, start):
        self._start = start
        self._end = start
    @property
    def elapsed(self):
        return self._end - self._start

t = Timer(1.5)
print(t.elapsed)
t.elapsed = 3
