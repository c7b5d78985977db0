import asyncio
from dataclasses import dataclass

@dataclass
class Summary:
    name: str
    results: list = []

async def do_something():
    s = Summary('run 1')
    s.results.append(await asyncio.sleep(0.01, 5))
    print(s)

asyncio.run(do_something())
