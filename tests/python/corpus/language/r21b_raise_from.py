# tutorial 8.5: raise ... from exc, and from None
def func():
    raise ConnectionError
try:
    func()
except ConnectionError as exc:
    e2 = RuntimeError('Failed to open database')
    try:
        raise e2 from exc
    except RuntimeError as r:
        print(repr(r.__cause__), r.__suppress_context__, repr(r.__context__))
try:
    try:
        open('database.sqlite')
    except OSError:
        raise RuntimeError from None
except RuntimeError as r:
    print(repr(r.__cause__), r.__suppress_context__, type(r.__context__).__name__)
try:
    func()
except ConnectionError as exc:
    raise RuntimeError('Failed to open database') from exc
