# Flag and IntFlag in 3.11: iterating composite members, len, bool, aliases and names
from enum import Flag, IntFlag, auto

class Perm(Flag):
    READ = auto()
    WRITE = auto()
    EXEC = auto()
    RW = READ | WRITE
    ALL = READ | WRITE | EXEC

print(list(Perm), [m.name for m in Perm.ALL], len(Perm.ALL))
print(Perm.RW, Perm.READ | Perm.WRITE, (Perm.READ | Perm.WRITE).name, Perm(5), Perm(5).name)
print(Perm.READ in Perm.RW, Perm.EXEC in Perm.RW, bool(Perm(0)), Perm(0).name)
print(list(Perm.__members__), ~Perm.READ)

class Style(IntFlag):
    BOLD = 1
    ITALIC = 2
    UNDER = 4

s = Style.BOLD | Style.UNDER
print(s, repr(s), int(s), s + 1, s & 4, Style(7), Style(8) if False else Style(3))
print(format(s, "d"), f"{s}", str(Style.ITALIC), s == 5)
try:
    Perm(8)
except ValueError as e:
    print("ValueError:", e)
print(Style(16 | 1))
