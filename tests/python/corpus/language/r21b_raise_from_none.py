# tutorial 8.5: raise from None hides the context in the traceback
try:
    open('database.sqlite')
except OSError:
    raise RuntimeError from None
