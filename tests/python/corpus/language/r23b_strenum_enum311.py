from enum import StrEnum, Enum, IntEnum, auto, member, nonmember, verify, UNIQUE, CONTINUOUS, ReprEnum

class Method(StrEnum):
    GET = auto()
    POST = auto()
    DELETE = "del"

print(Method.GET, repr(Method.GET), Method.GET == "get", Method("del"), f"{Method.POST}")
print(Method.GET.upper(), [m.value for m in Method], "get" in Method.__members__.values())

class Options(Enum):
    A = 1
    helper = nonmember(42)
    @member
    def callable_member(self):
        return "x"
print([m.name for m in Options], Options.helper, Options.callable_member.value(None))

@verify(UNIQUE)
class Ok(Enum):
    X = 1
    Y = 2
print(list(Ok))
try:
    @verify(CONTINUOUS)
    class Gaps(IntEnum):
        A = 1
        B = 3
except ValueError as e:
    print("ValueError:", e)

class Http(IntEnum):
    OK = 200
    NOT_FOUND = 404
print(str(Http.OK), format(Http.OK), f"{Http.NOT_FOUND}", Http.OK + 1)
print(Http._member_map_.keys(), Http(404).name)
print(Method.__members__.keys())
print(Method._value2member_map_["post"])
Method("put")
