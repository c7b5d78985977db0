# An assignment in a lambda's body.
counter = 0
inc = lambda: counter = counter + 1
inc()
print(counter)
