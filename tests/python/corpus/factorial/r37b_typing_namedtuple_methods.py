# typing.NamedTuple result with a method and a property; sorted and unpacked after gather.
import asyncio
from typing import NamedTuple


class Fact(NamedTuple):
    n: int
    value: int
    note: str = ""

    @property
    def digits(self) -> int:
        return len(str(self.value))

    def line(self) -> str:
        return f"{self.n:>2}! = {self.value:<20} {self.digits:>2} digits {self.note}".rstrip()


async def fact(n: int) -> Fact:
    v = 1
    for i in range(2, n + 1):
        v *= i
    await asyncio.sleep(0.01)
    return Fact(n, v, "big" if v > 10**6 else "")


async def main():
    rows = await asyncio.gather(*(fact(n) for n in (12, 3, 20, 9)))
    for row in sorted(rows, key=lambda r: r.digits):
        print(row.line())
    print(rows[1], rows[1]._asdict(), Fact.__annotations__)
    rows[1].value = 7


asyncio.run(main())
