# A global statement with an assignment.
import asyncio

def setup():
    global counter = 0

setup()
