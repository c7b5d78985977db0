# A __setattr__ that logs and then sets the attribute the normal way... almost
class Tracked:
    def __init__(self):
        self.value = 0

    def __setattr__(self, name, value):
        print("set", name, "=", value)
        setattr(self, name, value)

t = Tracked()
print(t.value)
