# A dict of delays opened with a brace and closed with a bracket, lines apart.
import asyncio

DELAYS = {
    "A": 0.03,
    "B": 0.01,
    "C": 0.02,
]

async def worker(name):
    await asyncio.sleep(DELAYS[name])
    return name

print(asyncio.run(worker("A")))
