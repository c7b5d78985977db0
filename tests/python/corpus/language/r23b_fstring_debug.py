from dataclasses import dataclass
from enum import Enum

class Level(Enum):
    LOW = 1

@dataclass
class Pt:
    x: float
    y: float

width = 12.3456
name = "ada"
items = [1, 2, 3]
p = Pt(1.5, -2)
print(f"{width=}")
print(f"{width = :.2f}")
print(f"{name = !r:>8}|")
print(f"{name!s:^9}|{name!a}")
print(f"{items[1:]=}")
print(f"{p=}")
print(f"{p.x * 2 = }")
print(f"{len(items)=:03d}")
print(f"{Level.LOW=}, {Level.LOW!s}, {Level.LOW.name=}")
print(f"{'nested ' + name=}")
print(f"{width:{'>'}{10}.{2}f}|")
print(f"{3.14159:.3}|{1234567:,}|{0.25:.0%}|{255:#x}|{255:08b}|{-5:+d}|{5:+d}")
print(f"{'left':<8}|{'right':>8}|{'mid':*^9}|")
print(f"{{literal}} {{{name}}}")
print(f"{items!r:>15}|")
print(f"{None!r} {True:d} {3:c}" if False else f"{None!r} {True:d}")
x = 10
print(f"{x if x > 5 else 'small'} {x:>{x // 2}}|")
print(f"{p!r:>30}|")
print(f"{'a' 'b'=}")
print(f"{width:.2f=}")
