# A walrus inside a comprehension in a class body.
class Stats:
    values = [3, 1, 2]
    doubled = [last := v * 2 for v in values]

print(Stats.doubled)
