# Trying to redefine True.
True = 0
print(True)
