# Mistake: a lambda in map() reads a key that one record does not have (the lambda's frame in the traceback).
records = [
    {'name': 'ann', 'age': 31},
    {'name': 'bob', 'age': 27},
    {'name': 'cat'},
]
ages = list(map(lambda r: r['age'], records))
print(sum(ages) / len(ages))
