# Listing a function's parameters by kind with inspect.signature, then binding arguments
import inspect
from functools import partial

def api(a, b=2, /, c=3, *args, d, e=5, **kw) -> "Result":
    pass

sig = inspect.signature(api)
print(sig)
for p in sig.parameters.values():
    default = "-" if p.default is p.empty else repr(p.default)
    print(f"{p.name:5} {p.kind.name:22} {default:4} {p.kind.description}")
print(sig.return_annotation)
ba = sig.bind(1, c=9, d=4, z=0)
print(ba.arguments)
ba.apply_defaults()
print(ba.args, ba.kwargs)
print(inspect.signature(partial(api, 10, d=1)))
new = sig.replace(parameters=list(sig.parameters.values())[:2], return_annotation=int)
print(new)
print(inspect.signature(lambda x, *, y=1: None), inspect.signature(max) if False else "")
try:
    sig.bind(1, 2, 3, 4, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    sig.bind(c=1, d=2)
except TypeError as e:
    print("TypeError:", e)
