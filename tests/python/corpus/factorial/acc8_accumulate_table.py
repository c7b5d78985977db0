# itertools.accumulate builds the table of factorials; printed with str.format widths.
import asyncio
import itertools
import operator

async def table(n):
    await asyncio.sleep(0.01)
    return list(itertools.accumulate(range(1, n + 1), operator.mul))

values = asyncio.run(table(12))
width = len(str(values[-1]))
for i, v in enumerate(values, 1):
    print("{:>2}! = {:>{w}}".format(i, v, w=width))
print("{:>{w},}".format(values[-1], w=width + 4))
print(list(itertools.accumulate([1, 2, 3, 4], initial=1)))
