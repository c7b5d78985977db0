# ordering an org chart inside a coroutine: each level sorts its reports by their weight
import asyncio

def weight(person):
    reports = sorted(person["reports"], key=weight)
    return 1 + sum(r["w"] for r in reports) if reports else person["w"]

async def load(levels):
    await asyncio.sleep(0.01)
    boss = p = {"w": 1, "reports": []}
    for i in range(levels):
        q = {"w": i % 3, "reports": []}
        p["reports"].append(q)
        p = q
    return boss

async def main():
    for levels in (3, 60, 150):
        print(levels, "levels, weight", weight(await load(levels)))

asyncio.run(main())
