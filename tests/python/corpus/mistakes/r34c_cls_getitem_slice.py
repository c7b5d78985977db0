# A sequence class whose __getitem__ only handles integer indexes
class Playlist:
    def __init__(self, songs):
        self.songs = songs

    def __getitem__(self, i):
        if i >= len(self.songs):
            raise IndexError("no such song")
        return self.songs[i]

p = Playlist(["a", "b", "c"])
print(p[0], list(p))
print(p[1:])
