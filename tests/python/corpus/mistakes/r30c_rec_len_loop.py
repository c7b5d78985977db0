# __len__ defined with len(self).
class Playlist:
    def __init__(self, songs):
        self.songs = songs

    def __len__(self):
        return len(self)

pl = Playlist(["a", "b"])
print(len(pl))
