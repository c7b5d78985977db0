# A variable assigned only in one branch and used after.
def describe(n):
    if n > 0:
        kind = "positive"
    elif n < 0:
        kind = "negative"
    return f"{n} is {kind}"

print(describe(3))
print(describe(0))
