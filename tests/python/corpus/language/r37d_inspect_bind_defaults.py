# A validation decorator that binds call arguments with inspect.signature and checks annotations.
import inspect
from functools import wraps

def checked(func):
    sig = inspect.signature(func)
    @wraps(func)
    def wrapper(*args, **kwargs):
        bound = sig.bind(*args, **kwargs)
        bound.apply_defaults()
        for name, value in bound.arguments.items():
            ann = sig.parameters[name].annotation
            if ann is not inspect.Parameter.empty and isinstance(ann, type) and not isinstance(value, ann):
                raise TypeError(f"{name}={value!r} is not {ann.__name__}")
        print("call", func.__name__, dict(bound.arguments))
        return func(*args, **kwargs)
    return wrapper

@checked
def transfer(src: str, dst: str, amount: float = 1.0, *, note: str = "", **extra) -> bool:
    return amount > 0

print(transfer("a", "b"))
print(transfer("a", "b", 2.5, note="rent", urgent=True))
print(inspect.signature(transfer))
for p in inspect.signature(transfer).parameters.values():
    print(f"{p.name:7}{p.kind.name:22}{p.default!r:8}{p.kind.description}")
sig = inspect.signature(transfer)
print(sig.replace(return_annotation=inspect.Signature.empty))
print(sig.parameters["amount"].replace(default=9, annotation=int))
try:
    transfer("a", "b", "lots")
except TypeError as e:
    print("TypeError:", e)
transfer("a")
