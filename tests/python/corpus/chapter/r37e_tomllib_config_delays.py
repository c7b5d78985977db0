# read the workers' delays from a TOML config string with tomllib (3.11)
import asyncio
import tomllib

CONFIG = """
[workers]
names = ["A", "B", "C"]
delays = [0.03, 0.01, 0.02]

[output]
prefix = "done:"
"""

async def worker(name, delay, prefix):
    await asyncio.sleep(delay)
    print(prefix, name)
    return name

async def main():
    cfg = tomllib.loads(CONFIG)
    w = cfg['workers']
    await asyncio.gather(*(worker(n, d, cfg['output']['prefix']) for n, d in zip(w['names'], w['delays'])))
    print(cfg)

asyncio.run(main())
