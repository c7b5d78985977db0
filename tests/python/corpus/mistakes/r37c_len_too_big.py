# a lazy range class that reports a very large length
class Huge:
    def __len__(self):
        return 10 ** 20
    def __getitem__(self, i):
        return i * 2

h = Huge()
print(h[3])
print(len(h))
