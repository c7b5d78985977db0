# the chapter mentions multiprocessing, so I tried a Pool for the factorials
import math
from multiprocessing import Pool

def factorial(n):
    return math.factorial(n)

if __name__ == '__main__':
    with Pool(2) as pool:
        print(pool.map(factorial, [5, 7, 3, 6]))
