# itertools.accumulate gives all factorials at once; the async part just paces the printing.
import asyncio
import operator
from itertools import accumulate


async def show_table(limit):
    facts = list(accumulate(range(1, limit + 1), operator.mul, initial=1))
    width = len(str(facts[-1]))
    for n, f in enumerate(facts):
        print(f"{n:>2} | {f:>{width}} | {f:#x}")
        await asyncio.sleep(0.005)
    return facts


facts = asyncio.run(show_table(12))
print(len(facts), facts[-1] // facts[-2])
print(f"{facts[10]:o}", f"{facts[5]:b}", f"{facts[12]:n}", f"{facts[9]:+,d}")
