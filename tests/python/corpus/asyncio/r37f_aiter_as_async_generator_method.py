# __aiter__ written as an async generator method: a valid and tidy way to make a class async-iterable
import asyncio

class Playlist:
    def __init__(self, *songs):
        self.songs = songs

    async def __aiter__(self):
        for i, s in enumerate(self.songs, 1):
            await asyncio.sleep(0.01)
            yield i, s

    def __len__(self):
        return len(self.songs)

async def main():
    p = Playlist("intro", "verse", "outro")
    async for n, song in p:
        print(f"{n}/{len(p)} {song}")
    it = aiter(p)
    print(type(it).__name__, await anext(it))
    print(sorted([s async for _, s in p]))
    try:
        for x in p:
            pass
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
