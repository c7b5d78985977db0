# Listing a base class before its own subclass.
class Base:
    pass

class Mixin(Base):
    pass

class Widget(Base, Mixin):
    pass

print(Widget.__mro__)
