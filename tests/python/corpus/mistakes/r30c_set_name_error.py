# A descriptor whose __set_name__ has a bug: the class statement itself fails.
class Field:
    def __set_name__(self, owner, name):
        self.name = name
        owner.fields.append(name)

class Model:
    title = Field()

print(Model.title.name)
