# A default value for **kwargs.
def options(**kw={}):
    return kw

print(options())
