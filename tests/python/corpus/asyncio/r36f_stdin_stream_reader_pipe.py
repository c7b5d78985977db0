# The Stack Overflow "async input" answer: wrap sys.stdin in a StreamReader with connect_read_pipe.
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
    count = 0
    while line := await reader.readline():
        count += 1
        print(f"{count}: {line.decode().rstrip()[::-1]}")
    print("EOF after", count, "lines")

asyncio.run(main())
