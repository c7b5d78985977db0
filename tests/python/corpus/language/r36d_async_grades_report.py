# Fetching student grades concurrently, then summarising them with statistics.
import asyncio
import statistics
from dataclasses import dataclass, field

@dataclass(order=True)
class Student:
    avg: float = field(init=False)
    name: str = field(compare=False)
    marks: list = field(compare=False, repr=False)

    def __post_init__(self):
        self.avg = round(statistics.mean(self.marks), 2)

DB = {"ana": [90, 85, 77], "ben": [60, 72, 58], "cy": [88, 94, 91], "di": [70, 70, 71]}

async def fetch(name, delay):
    await asyncio.sleep(delay)
    return Student(name=name, marks=DB[name])

async def main():
    students = await asyncio.gather(*(fetch(n, 0.01 * i) for i, n in enumerate(DB)))
    for s in sorted(students, reverse=True):
        print(f"{s.name:<5}{s.avg:>7.2f}")
    avgs = [s.avg for s in students]
    print("median", statistics.median(avgs), "stdev", round(statistics.stdev(avgs), 3))
    print("best", max(students).name, "worst", min(students))
    all_marks = [m for s in students for m in s.marks]
    print(statistics.mode(all_marks), statistics.quantiles(all_marks, n=4))

asyncio.run(main())
