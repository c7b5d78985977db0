# A dataclass to hold all results, with a list as the default (not allowed).
import asyncio
from dataclasses import dataclass


async def factorial(n):
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.01)
        r *= i
    return r


@dataclass
class Report:
    title: str
    results: list = []

    def add(self, n, value):
        self.results.append((n, value))


async def main():
    report = Report("factorials")
    for n in (3, 4):
        report.add(n, await factorial(n))
    print(report)


asyncio.run(main())
