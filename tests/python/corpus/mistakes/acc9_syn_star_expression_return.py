# return of a starred expression alone.
def pair():
    values = [1, 2]
    return *values

print(pair())
