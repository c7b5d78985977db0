# Results described by a TypedDict; the type checker would complain but Python doesn't at run time.
import asyncio
from typing import TypedDict


class Report(TypedDict):
    n: int
    factorial: int
    digits: int


async def make_report(n: int) -> Report:
    f = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.005)
        f *= i
    return Report(n=n, factorial=f, digits=len(str(f)))


async def main() -> None:
    reports = await asyncio.gather(*(make_report(n) for n in (5, 15, 30)))
    for r in reports:
        print(r)
    print(type(reports[0]).__name__, Report.__required_keys__ == {"n", "factorial", "digits"})
    bad: Report = {"n": "oops"}  # type: ignore
    print(bad)


asyncio.run(main())
