# A nested results structure printed with pprint: narrow width, depth limit and unsorted keys.
import asyncio
import math
from pprint import pprint, pformat, pp


async def info(n):
    await asyncio.sleep(0.002 * n)
    f = math.factorial(n)
    return {"n": n, "value": f, "meta": {"digits": len(str(f)), "even": f % 2 == 0, "tags": ["fact", str(n)]}}


async def main():
    data = {"zeta": await info(3), "alpha": await info(22), "list": [await info(1)]}
    pprint(data, width=40)
    pprint(data, depth=2)
    pp(data["zeta"], sort_dicts=False, width=30)
    print(pformat(list(range(30)), width=40, compact=True))


asyncio.run(main())
