import inspect

def connect(host, port=80, *args, timeout: float = 1.5, retries=3, **opts) -> bool:
    """Connect somewhere."""
    return True

def pos(a, b, /, c, *, d):
    pass

class Client:
    def __init__(self, url: str, *, debug=False):
        self.url = url
    def send(self, data, encoding="utf-8"):
        pass
    @staticmethod
    def helper(x):
        pass

for fn in [connect, pos, Client, Client.send, Client("u").send, Client.helper, lambda x, y=2: x]:
    print(getattr(fn, "__qualname__", fn), inspect.signature(fn))

sig = inspect.signature(connect)
for name, param in sig.parameters.items():
    print(f"  {name:8} {param.kind.name:22} default={param.default!r}  annotation={param.annotation!r}")
print(sig.return_annotation, connect.__annotations__)
bound = sig.bind("example.com", 8080, 1, 2, timeout=3, x=1)
print(bound.arguments)
bound.apply_defaults()
print(bound.args, bound.kwargs)
try:
    inspect.signature(pos).bind(1, 2)
except TypeError as e:
    print("TypeError:", e)
print(inspect.getdoc(connect), inspect.isfunction(connect), inspect.ismethod(Client("x").send))
print(inspect.isclass(Client), inspect.isbuiltin(len), inspect.iscoroutinefunction(connect))
print([n for n, _ in inspect.getmembers(Client, inspect.isfunction)])
print(inspect.signature(pos).replace(parameters=[]))
inspect.signature(pos).bind(1, 2, 3)
