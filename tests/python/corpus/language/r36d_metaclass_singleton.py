# Metaclasses course examples: a singleton via __call__ and an auto-registering __new__.
class Singleton(type):
    _instances = {}
    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            print(f"creating {cls.__name__}")
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]

class Settings(metaclass=Singleton):
    def __init__(self, env="dev"):
        self.env = env

a = Settings("prod")
b = Settings("test")
print(a is b, b.env, type(Settings).__name__, type(a).__name__)

class Registry(type):
    models = []
    def __new__(mcls, name, bases, ns, table=None):
        cls = super().__new__(mcls, name, bases, ns)
        if table:
            cls.table = table
            mcls.models.append(name)
        fields = [k for k, v in ns.items() if isinstance(v, type)]
        cls.fields = fields
        return cls

class Model(metaclass=Registry):
    pass

class User(Model, table="users"):
    name = str
    age = int

class Post(Model, table="posts"):
    title = str

print(Registry.models, User.table, User.fields, Post.fields, Model.fields)
print(isinstance(User, Registry), type(User) is Registry, Registry.__mro__)
Dyn = type("Dyn", (object,), {"x": 1, "hello": lambda self: "hi"})
print(Dyn.x, Dyn().hello(), Dyn.__name__, Dyn.__bases__)

class Other(type):
    pass
class O(metaclass=Other):
    pass
try:
    class Both(User, O):
        pass
except TypeError as e:
    print("TypeError:", e)
