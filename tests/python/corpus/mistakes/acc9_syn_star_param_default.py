# A default value given to *args.
def total(*numbers=(1, 2)):
    return sum(numbers)

print(total())
