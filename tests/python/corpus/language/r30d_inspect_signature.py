# inspect: signatures, parameters and their kinds, getsource-free checks, isfunction/isclass
import inspect


def register(name: str, age: int = 18, *tags, admin=False, **extra) -> dict:
    """Register a user."""
    return {}


sig = inspect.signature(register)
print(sig)
for p in sig.parameters.values():
    print(f"{p.name:6} {str(p.kind):22} default={p.default!r} ann={p.annotation!r}")
print(sig.return_annotation, inspect.getdoc(register))
b = sig.bind("ann", 30, "x", admin=True, color="red")
print(b.arguments)
b.apply_defaults()
print(inspect.isfunction(register), inspect.isclass(int), inspect.ismethod([].append))
print(inspect.isgeneratorfunction(lambda: (yield)), inspect.iscoroutinefunction(register))
print(inspect.signature(lambda a, /, b, *, c: 0))


class K:
    def m(self, x): ...


print(inspect.signature(K.m), inspect.signature(K().m), [n for n, _ in inspect.getmembers(K, inspect.isfunction)])
sig.bind()
