# += on a method call.
class Box:
    def size(self):
        return 1

b = Box()
b.size() += 1
