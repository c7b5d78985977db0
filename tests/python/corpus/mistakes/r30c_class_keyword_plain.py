# A class keyword on a class that has no __init_subclass__ of its own.
class Base:
    pass

class Child(Base, debug=True):
    pass
