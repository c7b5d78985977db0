# A positional argument after a keyword argument in a call
def area(w, h):
    return w * h


print(area(w=3, 4))
