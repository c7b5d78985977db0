# combining two mixins, but I pasted the same one twice
class Jsonable:
    def to_json(self):
        return str(vars(self))

class User(Jsonable, Jsonable):
    def __init__(self, name):
        self.name = name

print(User("ann").to_json())
