# Cooperative multiple inheritance: each __init__ takes its own keyword and passes **kwargs on via super().
class Base:
    def __init__(self, **kwargs):
        if kwargs:
            raise TypeError(f"unexpected options: {sorted(kwargs)}")
        print("Base init")

class Named(Base):
    def __init__(self, name="anon", **kwargs):
        print(f"Named init name={name}")
        self.name = name
        super().__init__(**kwargs)

class Colored(Base):
    def __init__(self, color="grey", **kwargs):
        print(f"Colored init color={color}")
        self.color = color
        super().__init__(**kwargs)

class Sized(Base):
    def __init__(self, size=1, **kwargs):
        print(f"Sized init size={size}")
        self.size = size
        super().__init__(**kwargs)

class Widget(Named, Colored, Sized):
    def __init__(self, **kwargs):
        print("Widget init")
        super().__init__(**kwargs)
    def __repr__(self):
        return f"Widget({self.name}, {self.color}, {self.size})"

print([c.__name__ for c in Widget.__mro__])
print(Widget(name="w1", size=3))
print(Widget())
print(super(Named, Widget(color="red")).__init__.__qualname__)
class Sub(Widget):
    def describe(self):
        return super().__repr__() + " via " + super(Widget, self).__class__.__name__
print(Sub(name="s").describe())
Widget(name="x", weight=5)
