# cached_property for an expensive digit count, and total_ordering to sort results.
import asyncio
import math
from functools import cached_property, total_ordering


@total_ordering
class Fact:
    computed = 0

    def __init__(self, n, value):
        self.n, self.value = n, value

    @cached_property
    def digits(self):
        Fact.computed += 1
        return len(str(self.value))

    def __eq__(self, other):
        return self.value == other.value

    def __lt__(self, other):
        return self.value < other.value


async def make(n):
    await asyncio.sleep(0.01)
    return Fact(n, math.factorial(n))


async def main():
    facts = await asyncio.gather(*map(make, [30, 5, 18]))
    print([f.digits for f in facts], [f.digits for f in facts], "computed:", Fact.computed)
    print([f.n for f in sorted(facts)], facts[0] >= facts[2], facts[1] <= facts[1])
    del facts[0].digits
    print(facts[0].digits, Fact.computed, "digits" in vars(facts[0]))
    print(Fact.digits.__class__.__name__, Fact.digits.attrname)


asyncio.run(main())
