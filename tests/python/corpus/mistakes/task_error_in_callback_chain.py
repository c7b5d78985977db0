import asyncio

def parse(line):
    name, count = line.split(",")
    return name, int(count)

async def load(lines):
    out = []
    for line in lines:
        await asyncio.sleep(0)
        out.append(parse(line))
    return out

async def main():
    print(await load(["a,1", "b,2"]))
    try:
        await load(["c,3", "d"])
    except ValueError as e:
        print("ValueError:", e)
    print(await load(["e,x"]))

asyncio.run(main())
