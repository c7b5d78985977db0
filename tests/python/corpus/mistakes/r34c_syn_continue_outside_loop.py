# Skipping bad items with continue, but in a function called from the loop
def check(item):
    if item < 0:
        continue
    return item * 2

for x in [1, -2, 3]:
    print(check(x))
