# A return at module level after a loop.
result = 1
for i in range(1, 6):
    result *= i
print(result)
return result
