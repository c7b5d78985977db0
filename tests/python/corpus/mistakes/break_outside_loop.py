# Mistake: break in an if that is not inside a loop.
def check(n):
    if n < 0:
        print('negative')
        break
    return n

print(check(3))
