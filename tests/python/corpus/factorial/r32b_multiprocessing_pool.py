# multiprocessing.Pool.map for the factorials, like a student who read about the GIL.
import math
from multiprocessing import Pool


def fact(n):
    return math.factorial(n)


if __name__ == "__main__":
    with Pool(2) as pool:
        print(pool.map(fact, [5, 7, 3, 6]))
        print(pool.apply(fact, (10,)))
