# Reading lines from an asyncio.StreamReader fed by hand (how tests fake a network stream).
import asyncio

async def feeder(reader):
    for chunk in [b"GET / HTTP/1.1\r\nHo", b"st: example\r\n", b"\r\nbody-bytes"]:
        await asyncio.sleep(0.01)
        reader.feed_data(chunk)
    reader.feed_eof()

async def main():
    reader = asyncio.StreamReader()
    asyncio.create_task(feeder(reader))
    request_line = await reader.readline()
    print(request_line)
    headers = []
    while (line := await reader.readline()) != b"\r\n":
        headers.append(line.decode().strip())
    print(headers)
    body = await reader.read()
    print(body, reader.at_eof())
    print(await reader.readline())

asyncio.run(main())
