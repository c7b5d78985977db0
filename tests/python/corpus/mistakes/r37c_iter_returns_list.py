# making my Playlist iterable by returning its songs from __iter__
class Playlist:
    def __init__(self, *songs):
        self.songs = list(songs)
    def __iter__(self):
        return self.songs

pl = Playlist("one", "two")
print(len(pl.songs), "songs")
for s in pl:
    print(s)
