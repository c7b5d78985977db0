# Looping over an int instead of range().
n = 5
for i in n:
    print(i)
