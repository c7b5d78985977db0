class Timer:
    def __init__(self, seconds):
        self.seconds = seconds

    def remaining(self, elapsed):
        return seconds - elapsed

t = Timer(10)
print(t.remaining(3))
