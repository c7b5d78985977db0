# Settings for the factorial run layered with ChainMap: defaults, config, command line.
import asyncio
from collections import ChainMap

defaults = {"numbers": [5, 7, 3, 6], "delay": 0.01, "show": "all"}
config = {"delay": 0.005}
cli = {"numbers": [3, 4]}

async def factorial(n, delay):
    r = 1
    for i in range(1, n + 1):
        await asyncio.sleep(delay)
        r *= i
    return r

async def main():
    settings = ChainMap(cli, config, defaults)
    print(settings["numbers"], settings["delay"], settings["show"])
    print(sorted(settings), len(settings), list(settings.maps[1]))
    print(await asyncio.gather(*(factorial(n, settings["delay"]) for n in settings["numbers"])))
    child = settings.new_child({"show": "values"})
    child["delay"] = 0.0
    print(child["show"], child["delay"], settings["delay"], child.maps[0])
    print(child.parents == settings, dict(child.parents)["show"])
    del child["show"]
    print(child["show"])
    try:
        del child["numbers"]
    except KeyError as e:
        print("KeyError:", e)

asyncio.run(main())
