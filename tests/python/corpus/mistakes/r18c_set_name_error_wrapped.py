class Field:
    def __init__(self, column=None):
        self.column = column

    def __set_name__(self, owner, name):
        self.name = name
        self.column = self.column or name
        owner._fields.append(name)

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj.__dict__.get(self.name)


class Model:
    pass


class User(Model):
    id = Field()
    email = Field("email_address")


print(User._fields)
