# Results as a typing.NamedTuple with defaults and a method, and a TypedDict summary.
import asyncio
from typing import NamedTuple, TypedDict

class Result(NamedTuple):
    n: int
    value: int
    label: str = "fact"

    def digits(self) -> int:
        return len(str(self.value))

class Summary(TypedDict, total=False):
    count: int
    biggest: Result
    total: int

async def fact(n: int) -> Result:
    v = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.01)
        v *= i
    return Result(n, v)

async def main() -> None:
    results = await asyncio.gather(*(fact(n) for n in (4, 9, 6)))
    for r in results:
        print(r, r.digits(), r._asdict())
    s: Summary = {"count": len(results)}
    s["biggest"] = max(results, key=lambda r: r.value)
    s["total"] = sum(r.value for r in results)
    print(s)
    print(Result._fields, Result._field_defaults, results[0]._replace(label="x"))
    n, value, _ = results[1]
    print(n, value, type(s).__name__, Summary.__total__, sorted(Summary.__annotations__))

asyncio.run(main())
