# Looping over an int instead of range().
# (kept short on purpose: the mistake is the point)
n = 5
for i in n:
    print(i)
