# The factorial's loop copied out of its function, return and all.
n = 5
result = 1
for i in range(2, n + 1):
    result *= i
    if result > 100:
        return result
print(result)
