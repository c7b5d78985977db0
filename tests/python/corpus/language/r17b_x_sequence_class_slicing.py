# A Playlist class with __getitem__ handling ints and slices, __len__, __contains__, __reversed__
class Playlist:
    def __init__(self, *songs):
        self._songs = list(songs)

    def __len__(self):
        return len(self._songs)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return Playlist(*self._songs[i])
        return self._songs[i]

    def __contains__(self, song):
        return song.lower() in (s.lower() for s in self._songs)

    def __reversed__(self):
        return Playlist(*reversed(self._songs))

    def __repr__(self):
        return f'Playlist({", ".join(map(repr, self._songs))})'

p = Playlist('Intro', 'Async', 'Await', 'Gather', 'Outro')
print(len(p), p[0], p[-1], p[1:3], p[::2], reversed(p))
print('ASYNC' in p, 'Loop' in p, list(p)[:2], [s for s in p if 'a' in s.lower()])
a, b, *rest = p
print(a, b, rest, sorted(p, key=len), max(p, key=len))
print(p[10])
