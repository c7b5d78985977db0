# taking the last three lines with islice and a negative index
from itertools import islice

log = ["a", "b", "c", "d", "e"]
print(list(islice(log, 2)))
print(list(islice(log, -3, None)))
