# An assignment inside a lambda body.
counter = [0]
bump = lambda: counter[0] = counter[0] + 1
bump()
print(counter)
