# Collect async job results into a nested dict, dump as sorted JSON and pprint it narrowly
import asyncio
import json
import pprint

async def job(name, n):
    await asyncio.sleep(0.01 * n)
    return {"name": name, "items": list(range(n)), "ok": n % 2 == 0, "ratio": n / 3}

async def main():
    results = await asyncio.gather(*(job(f"job{n}", n) for n in (1, 2, 4)))
    report = {"jobs": results, "summary": {"total": len(results), "failed": None}}
    print(json.dumps(report["summary"], sort_keys=True))
    print(json.dumps(results[1], indent=2))
    pprint.pprint(report, width=50, sort_dicts=False)
    try:
        json.dumps({"task": asyncio.current_task().get_name(), "when": {1, 2}})
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
