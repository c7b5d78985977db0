# Closing a list literal with a parenthesis by mistake.
delays = [0.1, 0.2, 0.3)
for d in delays:
    print(d)
print("total", sum(delays))
