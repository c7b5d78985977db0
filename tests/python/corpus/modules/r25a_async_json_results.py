import asyncio
import json
from dataclasses import dataclass, asdict

@dataclass
class Result:
    url: str
    status: int
    size: int

async def fetch(url, i):
    await asyncio.sleep(0.01 * i)
    if "bad" in url:
        raise ConnectionError(f"cannot reach {url}")
    return Result(url, 200, len(url) * 100)

async def main():
    urls = ["a.com", "bb.org", "bad.net"]
    results = await asyncio.gather(*(fetch(u, i) for i, u in enumerate(urls)), return_exceptions=True)
    ok = [asdict(r) for r in results if isinstance(r, Result)]
    print(json.dumps(ok, indent=2))
    errors = [str(r) for r in results if isinstance(r, Exception)]
    print(json.dumps({"errors": errors}))
    print(json.dumps(results))

asyncio.run(main())
