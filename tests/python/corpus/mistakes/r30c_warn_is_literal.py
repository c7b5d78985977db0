# Comparing to a number with "is" instead of "==".
def check(n):
    if n is 1000:
        return "thousand"
    return "other"

print(check(1000))
print("x" is not "y")
