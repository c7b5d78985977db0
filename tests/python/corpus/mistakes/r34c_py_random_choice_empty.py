# Choosing a random winner from an empty list of entries
import random

random.seed(11)
entries = [name for name in ["ana", "bo"] if name.startswith("z")]
print("entries:", entries)
print("winner:", random.choice(entries))
