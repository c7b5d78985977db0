# A Playlist class implementing __len__, __getitem__ (with slices), __contains__ and __iter__
class Playlist:
    def __init__(self, name, songs):
        self.name = name
        self._songs = list(songs)

    def __len__(self):
        return len(self._songs)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return Playlist(f"{self.name}[{index.start}:{index.stop}]", self._songs[index])
        return self._songs[index]

    def __contains__(self, song):
        return song.lower() in (s.lower() for s in self._songs)

    def __iter__(self):
        return iter(self._songs)

    def __repr__(self):
        return f"<Playlist {self.name!r} with {len(self)} songs>"


p = Playlist("road trip", ["Africa", "Roxanne", "Hey Jude", "Yesterday", "Vogue"])
print(p, len(p), p[0], p[-1])
print(p[1:3], list(p[1:3]))
print("hey jude" in p, "Thriller" in p)
for i, song in enumerate(p, 1):
    print(f"{i:>2}. {song}")
print(list(reversed(p)))
print(p[10])
