# An iterable class whose __iter__ returns a list instead of an iterator
class Playlist:
    def __init__(self, *songs):
        self.songs = list(songs)

    def __iter__(self):
        return self.songs

for song in Playlist("intro", "verse", "outro"):
    print(song)
