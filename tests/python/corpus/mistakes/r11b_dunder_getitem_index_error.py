# A class of one's own used in a for loop through __getitem__.
class Playlist:
    def __init__(self, songs):
        self.songs = songs
    def __getitem__(self, i):
        print("get", i)
        return self.songs[i]
    def __len__(self):
        return len(self.songs)

p = Playlist(["a", "b"])
for s in p:
    print("song", s)
print(list(reversed(p)))

class Broken:
    def __getitem__(self, key):
        return {"x": 1}[key]

for k in Broken():
    print(k)
