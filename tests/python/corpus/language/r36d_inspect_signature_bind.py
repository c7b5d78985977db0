# Inspecting function signatures and binding arguments like a framework would.
import inspect

def route(path: str, method: str = "GET", *handlers, timeout: float = 1.5, **meta) -> dict:
    return {}

def pos_only(a, b=2, /, c=3, *, d):
    pass

sig = inspect.signature(route)
print(sig)
for name, p in sig.parameters.items():
    default = "-" if p.default is p.empty else repr(p.default)
    ann = p.annotation.__name__ if p.annotation is not p.empty else "-"
    print(f"{name:9}{p.kind.name:22}{default:8}{ann}")
print(sig.return_annotation, inspect.signature(pos_only))
ba = sig.bind("/home", "POST", print, timeout=3, user="x")
print(ba.arguments)
ba.apply_defaults()
print(ba.args, ba.kwargs)
bp = inspect.signature(pos_only).bind_partial(1, d=4)
print(bp, bp.arguments)
for args, kwargs in [((), {}), ((1, 2, 3, 4), {"d": 1}), ((1,), {"a": 1, "d": 2}), ((1,), {"d": 1, "e": 2})]:
    try:
        inspect.signature(pos_only).bind(*args, **kwargs)
        print("ok")
    except TypeError as e:
        print("TypeError:", e)
new = sig.replace(parameters=list(sig.parameters.values())[:2], return_annotation=inspect.Signature.empty)
print(new, inspect.signature(lambda x, *a, y=1: 0))
print(inspect.signature(pos_only).parameters["a"].kind is inspect.Parameter.POSITIONAL_ONLY)
print(str(inspect.Parameter("z", inspect.Parameter.KEYWORD_ONLY, default=None, annotation=int)))
