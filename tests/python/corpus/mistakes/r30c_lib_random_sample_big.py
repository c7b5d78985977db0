# Sampling more items than the population has.
import random
random.seed(2)
deck = list(range(1, 11))
print(random.sample(deck, 3))
print(random.sample(deck, 12))
