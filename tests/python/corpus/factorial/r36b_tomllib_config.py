# Python 3.11's tomllib: read the numbers and the delay from a TOML config string.
import asyncio
import tomllib

CONFIG = """
[factorials]
numbers = [5, 7, 3, 6]
delay = 0.01
label = "batch-1"

[output]
separator = " | "
"""


async def factorial(n, delay):
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(delay)
        r *= i
    return r


async def main():
    cfg = tomllib.loads(CONFIG)
    f = cfg["factorials"]
    print(cfg)
    results = await asyncio.gather(*(factorial(n, f["delay"]) for n in f["numbers"]))
    print(f["label"] + ":", cfg["output"]["separator"].join(map(str, results)))
    try:
        tomllib.loads("numbers = [5, 7,")
    except tomllib.TOMLDecodeError as e:
        print("bad toml:", e)


asyncio.run(main())
