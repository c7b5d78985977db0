class Playlist:
    def __init__(self, songs):
        self.songs = list(songs)

    def __len__(self):
        return len(self.songs)

    def __iter__(self):
        return [s.title() for s in self.songs]


p = Playlist(["intro", "main theme"])
print(len(p), "songs")
for song in p:
    print(song)
