# A while loop missing its colon
n = 3
while n > 0
    print(n)
    n -= 1
