# Lambdas in a loop all see the last value; then one is called wrongly.
handlers = []
for i in range(3):
    handlers.append(lambda: i * 10)
print([h() for h in handlers])
print(handlers[0](5))
