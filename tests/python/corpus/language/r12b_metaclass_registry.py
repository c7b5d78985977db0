class ModelMeta(type):
    models = {}
    def __new__(mcls, name, bases, ns, **kw):
        fields = {k: v for k, v in ns.items() if isinstance(v, type)}
        ns["_fields"] = fields
        cls = super().__new__(mcls, name, bases, ns)
        if bases:
            mcls.models[name] = cls
        return cls
    def __repr__(cls):
        return f"<model {cls.__name__} {list(cls._fields)}>"
    def __len__(cls):
        return len(cls._fields)

class Model(metaclass=ModelMeta):
    def __init__(self, **values):
        for k, t in self._fields.items():
            v = values.get(k)
            if not isinstance(v, t):
                raise TypeError(f"{k} should be {t.__name__}")
            setattr(self, k, v)

class User(Model):
    name = str
    age = int

class Tag(Model):
    label = str

print(User, Tag, len(User), sorted(ModelMeta.models))
u = User(name="ann", age=5)
print(u.name, u.age, type(User).__name__, isinstance(User, type))
print(ModelMeta.models["Tag"] is Tag)
User(name="bob", age="old")
