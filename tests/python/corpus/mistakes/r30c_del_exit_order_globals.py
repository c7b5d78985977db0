# Which order do __del__ messages come in when the program ends?
class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("bye", self.name)

first = Noisy("first")
_hidden = Noisy("_hidden")
second = Noisy("second")
items = [Noisy("in-list-1"), Noisy("in-list-2")]
__dunder = Noisy("__dunder")
last = Noisy("last")
print("end of program")
