# A dataclass with an InitVar for the delay and keyword-only options, inherited by a verbose variant.
import asyncio
from dataclasses import dataclass, field, fields, InitVar, KW_ONLY, replace


@dataclass
class Calc:
    n: int
    delay: InitVar[float] = 0.01
    _: KW_ONLY
    label: str = "calc"
    steps: list = field(default_factory=list, repr=False)

    def __post_init__(self, delay):
        self.pause = delay

    async def run(self):
        r = 1
        for i in range(2, self.n + 1):
            await asyncio.sleep(self.pause)
            r *= i
            self.steps.append(r)
        return r


@dataclass
class VerboseCalc(Calc):
    shout: bool = False


async def main():
    a = Calc(5, 0.02, label="five")
    b = VerboseCalc(4, shout=True)
    print(a, b, sep="\n")
    print(await asyncio.gather(a.run(), b.run()), a.steps)
    print([f.name for f in fields(b)])
    print(replace(a, n=3))
    print(replace(a, n=3, delay=0.5).pause)
    Calc(3, 0.01, "positional label")


asyncio.run(main())
