# A class statement missing its colon
class Dog
    def bark(self):
        return "woof"

print(Dog().bark())
