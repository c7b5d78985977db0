# extending the random module with my own dice class
import random

class Dice(random):
    def roll(self):
        return self.randint(1, 6)

random.seed(3)
print(Dice().roll())
