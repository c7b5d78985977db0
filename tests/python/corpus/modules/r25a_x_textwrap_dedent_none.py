import textwrap

def describe(doc):
    return textwrap.dedent(doc).strip()

def documented():
    """
    Does a thing.
    """

def undocumented():
    pass

print(describe(documented.__doc__))
print(describe(undocumented.__doc__))
