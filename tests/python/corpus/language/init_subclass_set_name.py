class Plugin:
    registry = []

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        Plugin.registry.append(cls.__name__)
        print("registered", cls.__name__)

class Csv(Plugin):
    pass

class Json(Plugin):
    def __init_subclass__(cls):
        print("Json subclass", cls.__name__)

class Json5(Json):
    pass

print(Plugin.registry)

class Field:
    def __set_name__(self, owner, name):
        print("field", name, "on", owner.__name__)
        self.name = "_" + name

    def __get__(self, obj, objtype=None):
        return getattr(obj, self.name, "unset")

    def __set__(self, obj, value):
        setattr(obj, self.name, value)

class Person:
    first = Field()
    age = Field()

p = Person()
p.first = "Ann"
print(p.first, p.age, p._first)

class Base:
    @classmethod
    def __init_subclass__(cls):
        print("classmethod form", cls.__name__)

class Child(Base):
    pass
