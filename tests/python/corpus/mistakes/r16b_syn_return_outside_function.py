# A return at the top level of a script
values = [1, 2, 3]
if not values:
    return
print(sum(values))
