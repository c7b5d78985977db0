# Results returned as dataclasses and sorted by a field.
import asyncio
from dataclasses import dataclass, field

@dataclass(order=True)
class Result:
    seconds: float
    name: str = field(compare=False)
    tags: list = field(default_factory=list, compare=False)

async def run(name, seconds):
    await asyncio.sleep(seconds)
    return Result(seconds, name, [name[0]])

async def main():
    rs = await asyncio.gather(run('zeta', 0.3), run('alpha', 0.1), run('mid', 0.2))
    for r in sorted(rs):
        print(r)
    print(max(rs).name, rs[0] == Result(0.3, 'other'))

asyncio.run(main())
