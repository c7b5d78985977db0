# sorting nested reply lists canonically inside a task; the replies nest deeply
import asyncio

def canon(x):
    if isinstance(x, list):
        return sorted((canon(v) for v in x), key=repr)
    return x

def nest(levels):
    data = [3, 1]
    for i in range(levels):
        data = [i, data]
    return data

async def handle(levels):
    await asyncio.sleep(0.01)
    return repr(canon(nest(levels)))[:20]

async def main():
    for levels in (5, 120, 250):
        print(levels, await handle(levels))

asyncio.run(main())
