# Trying to assign to True and to None
debug = False
if debug:
    print('x')
True = 1
print(True)
