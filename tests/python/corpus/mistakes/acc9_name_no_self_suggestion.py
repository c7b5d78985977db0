# A method uses an attribute's name without self.
class Timer:
    def __init__(self, seconds):
        self.seconds = seconds

    def describe(self):
        return f"{seconds} s"

print(Timer(3).describe())
