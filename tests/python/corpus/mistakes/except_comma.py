# Mistake: Python 2's except clause with a comma.
try:
    print(int('x'))
except ValueError, e:
    print(e)
