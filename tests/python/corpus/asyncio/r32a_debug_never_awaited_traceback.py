# Debug mode adds where a never-awaited coroutine was created
import asyncio

async def fetch(url):
    return url

def helper():
    fetch("http://example.invalid")

async def main():
    helper()
    print("helper returned")

asyncio.run(main(), debug=True)
