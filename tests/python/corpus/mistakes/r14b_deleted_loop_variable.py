# Mistake: a name deleted inside the loop and printed after it (NameError at module level).
readings = {'t1': 20.5, 't2': 21.0, 't3': 19.8}
for name in readings:
    value = readings[name]
    if value < 20:
        print(name, 'is cold')
    del value
print('last value was', value)
