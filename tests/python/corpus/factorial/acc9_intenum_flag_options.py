# IntEnum levels and a Flag of options controlling how results are printed.
import asyncio
from enum import IntEnum, Flag, auto

class Verbosity(IntEnum):
    QUIET = 0
    NORMAL = 1
    LOUD = 2

class Show(Flag):
    VALUE = auto()
    DIGITS = auto()
    TIME = auto()
    ALL = VALUE | DIGITS | TIME

async def factorial(n, level):
    r = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.01)
        r *= i
        if level >= Verbosity.LOUD:
            print(f"  step {i}")
    return r

async def main():
    print(Verbosity.NORMAL + 1, Verbosity(2), sorted(Verbosity, reverse=True), int(Verbosity.LOUD))
    show = Show.VALUE | Show.DIGITS
    print(show, Show.TIME in show, Show.VALUE in show, bool(Show(0)), Show.ALL.value)
    print(repr(show), list(Show), ~Show.TIME)
    for n, level in [(3, Verbosity.LOUD), (6, Verbosity.QUIET)]:
        v = await factorial(n, level)
        parts = []
        if Show.VALUE in show:
            parts.append(f"value={v}")
        if Show.DIGITS & show:
            parts.append(f"digits={len(str(v))}")
        print(n, ", ".join(parts), level.name, f"{level}", f"{level!r}")

asyncio.run(main())
