# __setattr__ that assigns through self again.
class Strict:
    def __setattr__(self, name, value):
        if name.startswith("_"):
            raise AttributeError("private")
        self.name = value

s = Strict()
s.x = 1
