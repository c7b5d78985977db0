# Forgot self. in front of an attribute inside a method
class Timer:
    def __init__(self, seconds):
        self.seconds = seconds

    def describe(self):
        return f"timer of {seconds}s"

print(Timer(5).describe())
