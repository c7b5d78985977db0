# Results written as a JSON report (big ints included) to stdout.
import asyncio
import json


async def factorial(n):
    value = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.005)
        value *= i
    return {"n": n, "factorial": value, "digits": len(str(value))}


async def main():
    data = await asyncio.gather(*[factorial(n) for n in (3, 10, 25)])
    print(json.dumps(data))
    print(json.dumps({"results": data[:2], "ok": True}, indent=2, sort_keys=True))
    back = json.loads(json.dumps(data))
    print(back[-1]["factorial"] == data[-1]["factorial"])


asyncio.run(main())
