# Mistake: a method body indented with a tab after a line indented with spaces (TabError).
class Timer:
    def __init__(self):
        self.ticks = 0

    def tick(self):
        self.ticks += 1
	return self.ticks


t = Timer()
print(t.tick())
