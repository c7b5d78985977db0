# A Playlist container class: __len__, __getitem__ with slices, __contains__, __iter__, __setitem__
class Playlist:
    def __init__(self, name, songs=()):
        self.name = name
        self._songs = list(songs)

    def __len__(self):
        return len(self._songs)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return Playlist(f"{self.name}[{index.start}:{index.stop}:{index.step}]", self._songs[index])
        return self._songs[index]

    def __setitem__(self, index, value):
        self._songs[index] = value.title()

    def __delitem__(self, index):
        del self._songs[index]

    def __contains__(self, song):
        return song.lower() in (s.lower() for s in self._songs)

    def __iter__(self):
        return iter(self._songs)

    def __reversed__(self):
        return Playlist(self.name + " (rev)", self._songs[::-1])

    def __repr__(self):
        return f"<Playlist {self.name}: {len(self)} songs>"


p = Playlist("Road", ["Song A", "Song B", "Song C", "Song D"])
print(len(p), p[0], p[-1], p[1:3], list(p[::2]), "song b" in p, "x" in p)
p[0] = "new song"
del p[1]
print(list(p), reversed(p), list(reversed(p)), bool(Playlist("empty")))
print(sorted(p, key=len), ", ".join(p), dict(enumerate(p)))
print(p[10])
