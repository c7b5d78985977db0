# types.TracebackType is the type of an exception's __traceback__ (it was
# NoneType, taken from an exception caught in types' own code)
import types


def fail():
    raise KeyError('k')


try:
    fail()
except KeyError as e:
    tb = e.__traceback__
    print(isinstance(tb, types.TracebackType), type(tb) is types.TracebackType, types.TracebackType)
    print(tb.tb_lineno, tb.tb_next.tb_lineno, isinstance(None, types.TracebackType))
