# A frozen dataclass for a request, validated in __post_init__.
import asyncio
from dataclasses import dataclass, asdict, fields, FrozenInstanceError


@dataclass(frozen=True)
class Request:
    n: int
    label: str = "job"

    def __post_init__(self):
        if not isinstance(self.n, int) or self.n < 0:
            raise ValueError(f"invalid n: {self.n!r}")


async def factorial(req: Request) -> dict:
    f = 1
    for i in range(2, req.n + 1):
        await asyncio.sleep(0.001)
        f *= i
    return {**asdict(req), "value": f}


async def main():
    reqs = [Request(5), Request(3, "small")]
    print(await asyncio.gather(*map(factorial, reqs)))
    print([f.name for f in fields(Request)], reqs[1])
    try:
        reqs[0].n = 10
    except FrozenInstanceError as e:
        print("frozen:", e)
    Request(-4, "bad")


asyncio.run(main())
