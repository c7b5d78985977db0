# Mistake: __iter__ returns a list instead of an iterator.
class Playlist:
    def __init__(self, *songs):
        self.songs = list(songs)
    def __iter__(self):
        return self.songs
    def __len__(self):
        return len(self.songs)

p = Playlist("intro", "verse", "outro")
print(len(p), "songs")
for song in p:
    print(song)
