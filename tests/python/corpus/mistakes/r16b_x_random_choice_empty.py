# random.choice of a list emptied by a filter
import random
random.seed(2)
names = ["ada", "al"]
print(random.choice(names))
winners = [n for n in names if n.startswith("z")]
print(random.choice(winners))
