# A keyword used as a keyword argument name
def make(**kw):
    return kw

print(make(from="a", to="b"))
