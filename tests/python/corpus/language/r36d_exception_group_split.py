# Working with ExceptionGroup objects directly: subgroup, split, derive and nesting.
class ApiError(Exception):
    def __init__(self, code):
        super().__init__(f"api {code}")
        self.code = code

eg = ExceptionGroup("batch failed", [
    ApiError(404), ValueError("bad id"), ApiError(500),
    ExceptionGroup("retry", [ApiError(503), TypeError("oops")]),
])
print(eg, len(eg.exceptions), eg.message)
api = eg.subgroup(ApiError)
print(repr(api))
server, rest = eg.split(lambda e: isinstance(e, ApiError) and e.code >= 500)
print(repr(server))
print(repr(rest))
print(eg.subgroup(KeyError))
print(eg.subgroup(lambda e: True) is eg)

def leaves(g):
    for e in g.exceptions:
        if isinstance(e, BaseExceptionGroup):
            yield from leaves(e)
        else:
            yield e

print([str(e) for e in leaves(eg)])
try:
    raise eg
except* ApiError as g:
    print("api errors:", [e.code for e in leaves(g)])
except* (ValueError, TypeError) as g:
    print("others:", sorted(type(e).__name__ for e in leaves(g)))
bg = BaseExceptionGroup("mixed", [KeyboardInterrupt(), ValueError()])
print(type(bg).__name__, type(BaseExceptionGroup("x", [ValueError()])).__name__)
try:
    ExceptionGroup("empty", [])
except ValueError as e:
    print("ValueError:", e)
raise ExceptionGroup("final", [ApiError(1), ExceptionGroup("inner", [KeyError("k")])])
