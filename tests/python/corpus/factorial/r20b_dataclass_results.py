# Harness stores per-test outcomes in dataclasses and prints a sorted summary.
import asyncio
from dataclasses import dataclass, field, asdict

async def factorial(n):
    r = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.01)
        r *= i
    return r if n != 4 else r + 1

@dataclass(order=True)
class Outcome:
    n: int
    expected: int
    got: int = 0
    notes: list = field(default_factory=list)

    @property
    def passed(self):
        return self.expected == self.got

async def run_tests():
    cases = [Outcome(n, e) for n, e in [(5, 120), (4, 24), (0, 1), (2, 2)]]
    values = await asyncio.gather(*(factorial(c.n) for c in cases))
    for c, v in zip(cases, values):
        c.got = v
        if not c.passed:
            c.notes.append(f'off by {v - c.expected}')
    return sorted(cases)

for o in asyncio.run(run_tests()):
    print(o, 'PASS' if o.passed else 'FAIL')
print(asdict(Outcome(1, 1, 1)))
