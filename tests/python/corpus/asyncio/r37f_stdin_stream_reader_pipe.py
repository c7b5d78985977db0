# The Stack Overflow answer for async stdin: connect_read_pipe with a StreamReader
import asyncio
import sys

async def stdin_reader():
    loop = asyncio.get_running_loop()
    reader = asyncio.StreamReader()
    protocol = asyncio.StreamReaderProtocol(reader)
    await loop.connect_read_pipe(lambda: protocol, sys.stdin)
    return reader

async def main():
    reader = await stdin_reader()
    n = 0
    while line := await reader.readline():
        n += 1
        print(f"{n}: {line.decode().rstrip()[::-1]}")
    print("lines:", n, "at eof:", reader.at_eof())

asyncio.run(main())
