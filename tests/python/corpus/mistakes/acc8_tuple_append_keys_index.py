# Tuples have no append; dict_keys are not subscriptable.
table = {5: 120, 6: 720}
try:
    table.keys()[0]
except TypeError as e:
    print(e)
print(list(table.keys())[0])
nums = (1, 2)
nums.append(3)
