# An attribute as a keyword argument's name.
class Opts:
    pass

def configure(**kw):
    return kw

o = Opts()
print(configure(o.debug=True))
