# A return at module level left over from a refactor.
def compute():
    return 7

value = compute()
if value > 5:
    return value
print(value)
