# permutations longer than the items, combinations of a negative r
print("== itertools negative r ==")
import itertools
print(list(itertools.permutations([1, 2], 3)))
print(list(itertools.combinations(range(4), -1)))
