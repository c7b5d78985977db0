# Counting pairs among a huge population with math.comb.
import math
population = 2 ** 70
print(math.comb(10, 2), math.perm(10, 2))
pairs = math.comb(population, 2)
print(len(str(pairs)), pairs % 1000)
