# types.SimpleNamespace for quick records, vars(), and comparing with a dict and a class
from types import SimpleNamespace, MappingProxyType

cfg = SimpleNamespace(host="localhost", port=8000, debug=True)
print(cfg)
cfg.port += 1
cfg.timeout = 2.5
del cfg.debug
print(cfg, vars(cfg), cfg == SimpleNamespace(**vars(cfg)))
nested = SimpleNamespace(db=SimpleNamespace(user="root", pw="***"), name="app")
print(nested.db.user, nested)
ro = MappingProxyType({"a": 1})
print(ro, ro["a"], type(ro).__name__)
try:
    ro["b"] = 2
except TypeError as e:
    print("TypeError:", e)
print(getattr(cfg, "retries", 3), hasattr(cfg, "timeout"))
print(cfg.debug)
