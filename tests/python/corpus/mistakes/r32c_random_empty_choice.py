# random.choice on a list that was filtered down to nothing.
import random
random.seed(5)
names = ["ann", "bob", "cy"]
print(random.choice(names))
winners = [n for n in names if len(n) > 5]
print(random.choice(winners))
