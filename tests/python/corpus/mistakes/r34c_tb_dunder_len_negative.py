# A countdown class whose __len__ goes negative after it passes zero
class Countdown:
    def __init__(self, start):
        self.left = start

    def tick(self):
        self.left -= 1

    def __len__(self):
        return self.left

c = Countdown(1)
for _ in range(3):
    c.tick()
    print("remaining:", len(c))
