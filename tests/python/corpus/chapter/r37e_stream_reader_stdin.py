# the "async stdin" recipe from a blog: connect_read_pipe with a StreamReader
import asyncio
import sys

async def main():
    loop = asyncio.get_running_loop()
    reader = asyncio.StreamReader()
    protocol = asyncio.StreamReaderProtocol(reader)
    await loop.connect_read_pipe(lambda: protocol, sys.stdin)
    total = 0
    while line := await reader.readline():
        n = int(line)
        total += n
        print('read', n, 'running total', total)
    print('EOF, total', total)

asyncio.run(main())
