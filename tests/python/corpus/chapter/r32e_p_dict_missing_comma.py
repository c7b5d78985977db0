# a dict of delays with a missing comma between entries
import asyncio

DELAYS = {
    'A': 0.2,
    'B': 0.1
    'C': 0.3,
}

async def worker(label):
    await asyncio.sleep(DELAYS[label])
    return label

print(asyncio.run(worker('A')))
