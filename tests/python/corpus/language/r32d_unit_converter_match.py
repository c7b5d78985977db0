# A unit converter using an Enum for units and match on (from, to) pairs, with format specs
from enum import Enum


class Unit(Enum):
    C = "celsius"
    F = "fahrenheit"
    K = "kelvin"
    KM = "kilometres"
    MI = "miles"


def convert(value, src: Unit, dst: Unit) -> float:
    match (src, dst):
        case (Unit.C, Unit.F):
            return value * 9 / 5 + 32
        case (Unit.F, Unit.C):
            return (value - 32) * 5 / 9
        case (Unit.C, Unit.K):
            return value + 273.15
        case (Unit.KM, Unit.MI):
            return value / 1.609344
        case (Unit.MI, Unit.KM):
            return value * 1.609344
        case (a, b) if a is b:
            return value
        case _:
            raise ValueError(f"cannot convert {src.value} to {dst.value}")


for v, s, d in [(100, "C", "F"), (-40, "F", "C"), (0, "C", "K"), (42.195, "KM", "MI"), (1, "MI", "KM"), (5, "K", "K")]:
    r = convert(v, Unit[s], Unit[d])
    print(f"{v:>8.3f} {Unit[s].value:<11} = {r:>9.3f} {Unit[d].value}")
print(convert(1, Unit("miles"), Unit.KM).__round__(2), Unit.C.name, [u.name for u in Unit][-2:])
convert(1, Unit.K, Unit.MI)
