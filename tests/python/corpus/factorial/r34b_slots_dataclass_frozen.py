# A frozen, slotted dataclass for results; a later line tries to "fix" a value in place.
import asyncio
from dataclasses import dataclass, replace


@dataclass(frozen=True, slots=True, order=True)
class Fact:
    n: int
    value: int


async def fact(n: int) -> Fact:
    v = 1
    for k in range(2, n + 1):
        await asyncio.sleep(0.005)
        v *= k
    return Fact(n, v)


async def main() -> None:
    facts = sorted(await asyncio.gather(fact(6), fact(2), fact(4)), reverse=True)
    for f in facts:
        print(f)
    print(replace(facts[0], n=60))
    print(hasattr(facts[0], "__dict__"), Fact.__slots__)
    facts[0].value = 0


asyncio.run(main())
