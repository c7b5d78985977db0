# Output options as a Flag enum and the method name as a StrEnum (new in 3.11).
import asyncio
import math
from enum import Flag, StrEnum, auto


class Show(Flag):
    VALUE = auto()
    DIGITS = auto()
    ZEROS = auto()
    ALL = VALUE | DIGITS | ZEROS


class Method(StrEnum):
    LOOP = auto()
    MATH = auto()


async def run(n, method, show):
    await asyncio.sleep(0.01)
    f = math.factorial(n) if method is Method.MATH else math.prod(range(1, n + 1))
    s = str(f)
    parts = [f"{n}! via {method}"]
    if Show.VALUE in show:
        parts.append(s)
    if Show.DIGITS in show:
        parts.append(f"{len(s)} digits")
    if Show.ZEROS in show:
        parts.append(f"{len(s) - len(s.rstrip('0'))} zeros")
    return ", ".join(parts)


async def main():
    for opts in (Show.VALUE, Show.DIGITS | Show.ZEROS, Show.ALL):
        print(opts, "->", await run(15, Method("loop"), opts))
    print(list(Method), Method.MATH.upper(), Method.LOOP == "loop", repr(Show(3)))
    print(await run(25, "math", Show.DIGITS))
    Method("fast")


asyncio.run(main())
