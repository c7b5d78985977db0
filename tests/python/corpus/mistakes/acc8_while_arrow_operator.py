# => written for >= in a while condition.
n = 5
while n => 1:
    n -= 1
