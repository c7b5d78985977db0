# typed "def main :" copying the book's odd spacing and lost the parentheses
import asyncio

async def do_something():
    print('hi')

def main :
    print('Main - Starting')
    asyncio.run(do_something())
