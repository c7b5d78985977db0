# A list used as a dict key for a cache: TypeError unhashable type
cache = {}


def factorial_of_all(numbers):
    if numbers in cache:
        return cache[numbers]
    out = []
    for n in numbers:
        f = 1
        for i in range(2, n + 1):
            f *= i
        out.append(f)
    cache[numbers] = out
    return out


print(factorial_of_all((3, 4)))
print(factorial_of_all([5, 6]))
