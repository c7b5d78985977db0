# functools.cached_property for an expensive report of results computed asynchronously.
import asyncio
from functools import cached_property

class Report:
    def __init__(self, results):
        self.results = results
        self.builds = 0

    @cached_property
    def table(self):
        self.builds += 1
        width = max(len(str(v)) for v in self.results.values())
        return "\n".join(f"{n:>3}! = {v:>{width}}" for n, v in sorted(self.results.items()))

    @cached_property
    def total(self):
        return sum(self.results.values())

async def factorial(n):
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.005)
        r *= i
    return n, r

async def main():
    report = Report(dict(await asyncio.gather(*map(factorial, [5, 12, 7]))))
    print(report.table)
    print(report.table is report.table, report.builds, "table" in vars(report))
    print(report.total)
    del report.table
    report.results[3] = 6
    print(report.table, report.builds, report.total, sep="\n")
    print(type(Report.table).__name__, Report.total.attrname)

asyncio.run(main())
