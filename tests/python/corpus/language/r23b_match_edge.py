from enum import Enum

class Color(Enum):
    RED = "r"
    GREEN = "g"

def classify(c):
    match c:
        case Color.RED:
            return "stop"
        case Color.GREEN:
            return "go"
        case "r":
            return "string r"
    return "fallthrough"

print(classify(Color.RED), classify(Color.GREEN), classify("r"), classify(1))

match {"a": 1, "b": 2}:
    case {"a": 1}:
        print("mapping patterns ignore extra keys")

match (1, [2, 3]):
    case (a, [b, c]) as whole:
        print(a, b, c, whole)

match "hello":
    case [*chars]:
        print("str is a sequence?", chars)
    case str() as s:
        print("str is not matched as sequence:", s)

match 1.0:
    case 1:
        print("1.0 matches literal 1")

match [1, 2]:
    case (1, 2):
        print("list matches tuple pattern")

for v in [True, 1]:
    match v:
        case 1:
            print(repr(v), "matched 1")

match {"x": None}:
    case {"x": None, **rest}:
        print("rest", rest)

class P:
    __match_args__ = ("a",)
    def __init__(self):
        self.a = 1
match P():
    case P(_, _):
        print("unreachable")
