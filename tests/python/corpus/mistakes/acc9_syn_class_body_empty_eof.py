# A class with only a comment for a body, at the end of the file.
import asyncio

class Worker:
    # TODO: fill in
