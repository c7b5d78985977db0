# Task.get_stack() of a suspended task and print_stack() into a StringIO with the path cut
import asyncio
import io


async def level2():
    await asyncio.sleep(0.05)


async def level1():
    await level2()


async def main():
    t = asyncio.create_task(level1(), name="deep")
    await asyncio.sleep(0.01)
    frames = t.get_stack()
    print(len(frames), [f.f_code.co_name for f in frames])
    buf = io.StringIO()
    t.print_stack(file=buf)
    text = buf.getvalue().replace(__file__, "PROG")
    for line in text.splitlines():
        print(line if "coro=" not in line else line.split(" coro=")[0] + ">")
    await t
    print("after:", t.get_stack())


asyncio.run(main())
