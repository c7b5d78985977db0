# Mistake: = instead of == in a while condition.
def countdown(n):
    while n = 0:
        n -= 1
    return n

print(countdown(3))
