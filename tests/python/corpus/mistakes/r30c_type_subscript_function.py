# Square brackets instead of parentheses for a call.
def square(n):
    return n * n

print(square(3))
print(square[4])
