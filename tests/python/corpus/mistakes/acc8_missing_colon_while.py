# A while loop without its colon.
n = 5
result = 1
while n > 0
    result *= n
    n -= 1
print(result)
