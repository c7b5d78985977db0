# A base case that is never reached: n skips over 0
def countdown(n):
    if n == 0:
        return "liftoff"
    return countdown(n - 2)

print(countdown(4))
print(countdown(5))
