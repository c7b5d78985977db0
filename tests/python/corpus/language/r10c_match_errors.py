class P:
    __match_args__ = ("a",)
    def __init__(self):
        self.a = 1

try:
    match P():
        case P(x, y):
            print("no")
except TypeError as e:
    print(e)

try:
    match 5:
        case len():
            pass
except TypeError as e:
    print(e)

class Q:
    __match_args__ = ["a"]

try:
    match Q():
        case Q(z):
            pass
except TypeError as e:
    print(e)

match P():
    case P(a=1, b=2):
        print("no b")
    case P(a=1):
        print("a only")

match 3:
    case int(3, 4):
        pass
