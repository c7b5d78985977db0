# Mistake: a method body whose second line is indented with a tab, the first with eight spaces.
class Counter:
    def __init__(self):
        self.n = 0

    def tick(self):
        self.n += 1
	return self.n

c = Counter()
print(c.tick())
