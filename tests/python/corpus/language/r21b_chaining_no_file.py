# tutorial 8.5 with a dict lookup instead of open(): implicit chain, then from None
config = {}
try:
    try:
        config['database']
    except KeyError:
        raise RuntimeError("unable to handle error")
except RuntimeError as r:
    print(repr(r.__context__), r.__cause__, r.__suppress_context__)
try:
    config['database']
except KeyError:
    raise RuntimeError from None
