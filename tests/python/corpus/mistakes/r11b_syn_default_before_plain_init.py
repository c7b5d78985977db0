# A constructor whose defaulted parameter comes before a plain one.
class Pet:
    def __init__(self, name="rex", kind):
        self.name = name
        self.kind = kind

print(Pet(kind="dog").name)
