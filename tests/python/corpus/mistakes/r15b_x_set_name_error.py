# Mistake: a descriptor's __set_name__ fails while the class is created (3.11 adds a note naming it).
class Field:
    def __set_name__(self, owner, name):
        self.column = owner.tablename + "." + name
    def __get__(self, obj, objtype=None):
        return self.column

class User:
    name = Field()
    table = "users"

print(User.name)
