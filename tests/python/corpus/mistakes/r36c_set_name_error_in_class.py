# a validating field descriptor; __set_name__ has a typo
class Field:
    def __set_name__(self, owner, name):
        self.name = name
        self.private = "_" + nme

    def __get__(self, obj, objtype=None):
        return getattr(obj, self.private)

class Model:
    title = Field()

print("defined")
