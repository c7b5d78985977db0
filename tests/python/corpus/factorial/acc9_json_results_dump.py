# Saving the results as JSON text: indent, sort_keys, separators, int keys, big ints.
import asyncio
import json

async def factorial(n):
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.002)
        r *= i
    return r

async def main():
    ns = [5, 3, 25]
    results = {n: await factorial(n) for n in ns}
    doc = {"numbers": ns, "results": results, "ok": True, "error": None, "ratio": 1 / 3}
    print(json.dumps(doc))
    print(json.dumps(doc, indent=2, sort_keys=True))
    print(json.dumps(results, separators=(",", ":")), json.dumps([], indent=4), json.dumps({}, indent=4))
    back = json.loads(json.dumps(doc))
    print(back["results"], back == doc, list(back["results"])[0] == "5")
    print(json.dumps("naïve \"q\" \n"), json.dumps("naïve", ensure_ascii=False), json.dumps((1, 2)))
    print(json.dumps([float("inf"), -0.0, 1e20, 2.5]), json.dumps({"a": [1, {"b": []}]}, indent="\t"))
    try:
        json.dumps({(1, 2): 3})
    except TypeError as e:
        print("TypeError:", e)
    try:
        json.dumps({1, 2})
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
