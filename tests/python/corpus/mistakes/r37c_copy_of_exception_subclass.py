# saving a copy of the last error before retrying; my error takes two arguments
import copy

class RetryError(Exception):
    def __init__(self, attempt, reason):
        super().__init__(f"attempt {attempt}: {reason}")
        self.attempt = attempt

last = RetryError(3, "timeout")
saved = copy.copy(last)
print(saved)
