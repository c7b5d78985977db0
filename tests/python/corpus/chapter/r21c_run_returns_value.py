# asyncio.run returns the coroutine's value; formatted in f-strings.
import asyncio

async def compute(x):
    await asyncio.sleep(0.1)
    return {'x': x, 'sq': x * x, 'half': x / 2}

r = asyncio.run(compute(7))
print(f"{r['x']:>4}|{r['sq']:<5}|{r['half']:.3f}")
print(f'{r!r}')
print(f"{sorted(r.items())}")
