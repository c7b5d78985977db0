# Three coroutines taking turns with sleep(0) print their letters in strict rotation
import asyncio

out = []


async def spell(word):
    for ch in word:
        out.append(ch)
        await asyncio.sleep(0)
    out.append("|")


async def main():
    await asyncio.gather(spell("abcd"), spell("XY"), spell("123"))
    print("".join(out))
    out.clear()
    t1 = asyncio.create_task(spell("pq"))
    out.append("!")
    await spell("mn")
    await t1
    print("".join(out))


asyncio.run(main())
