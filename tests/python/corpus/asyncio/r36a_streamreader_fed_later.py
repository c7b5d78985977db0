# A reader task waits on a StreamReader while a producer feeds chunks with short pauses
import asyncio


async def producer(reader):
    for chunk in [b"al", b"pha\nbe", b"ta\n", b"gam", b"ma"]:
        await asyncio.sleep(0.02)
        reader.feed_data(chunk)
    reader.feed_eof()


async def consumer(reader):
    lines = []
    while True:
        line = await reader.readline()
        if not line:
            break
        lines.append(line)
        print("got", line)
    return lines


async def main():
    reader = asyncio.StreamReader()
    asyncio.create_task(producer(reader))
    lines = await consumer(reader)
    print(len(lines), "lines, last ends with newline:", lines[-1].endswith(b"\n"))


asyncio.run(main())
