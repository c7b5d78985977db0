# Using dataclass field metadata to drive a simple form validator
from dataclasses import dataclass, field, fields, MISSING

@dataclass
class Signup:
    username: str = field(metadata={"min": 3, "label": "User name"})
    age: int = field(default=18, metadata={"min": 13, "label": "Age"})
    tags: list = field(default_factory=list, repr=False, compare=False)
    note: str = field(default="", init=False)

def validate(obj):
    problems = []
    for f in fields(obj):
        value = getattr(obj, f.name)
        lo = f.metadata.get("min")
        if lo is None:
            continue
        size = len(value) if isinstance(value, str) else value
        if size < lo:
            problems.append(f"{f.metadata['label']} too small ({size} < {lo})")
    return problems

for f in fields(Signup):
    default = "required" if f.default is MISSING and f.default_factory is MISSING else "optional"
    print(f"{f.name:9} {f.type.__name__:5} {default:9} init={f.init} repr={f.repr}")

a = Signup("al", 12)
print(a)
print(validate(a))
print(validate(Signup("alice")))
print(Signup("bob", tags=["x"]) == Signup("bob"))
print(fields(a)[0].metadata)
